/**
 * Sentences that address an element without a heading of its own (spec §8, §8.1). Reviewable
 * wording lists; every pattern is linear (bounded gaps, no nested quantifiers).
 */
export const PURPOSE_STATEMENT =
  /목적[^\n]{0,80}(?:수집|이용|처리|사용|활용)|(?:수집|이용|처리|사용|활용)[^\n]{0,40}목적|(?:위하여|위해)[^\n]{0,40}(?:수집|이용|처리|사용|활용|씁니다|쓰입니다|쓰며)/;

/** Template sentences that frame a purpose list without giving any purpose (privacy.go.kr generator). */
/** The generator's lead-in to a purpose list ("다음의 목적을 위하여 개인정보를 처리합니다"). */
export const PURPOSE_FRAME = /다음의\s{0,2}목적을?\s{0,2}위하여/;
export const PURPOSE_BOILERPLATE = /처리방침을\s{0,2}(?:수립|정하)|고충을\s{0,2}신속|다음의\s{0,2}목적|목적\s{0,2}이외의\s{0,2}용도|별도의\s{0,2}동의를\s{0,2}받는\s{0,2}등/;

export const ITEMS_STATEMENT =
  /(?:수집|처리)하는\s{0,2}(?:개인\s{0,2})?정보(?:의)?\s{0,2}(?:항목|는|은|:)|다음(?:과\s{0,2}같은|의)\s{0,2}(?:개인\s{0,2})?정보(?:를|항목)?\s{0,2}(?:수집|처리)|수집\s{0,2}항목|필수\s{0,2}(?:항목|정보)|(?:개인정보|정보)(?:를|는)?\s{0,2}(?:전혀\s{0,2})?(?:수집|저장)하지\s{0,2}않/;

/** Words naming personal data items; two in one sentence with a collecting verb count as an item list. */
export const ITEM_WORDS = [
  "이름", "성명", "이메일", "e-mail", "전자우편", "전화번호", "휴대폰", "휴대전화", "연락처", "생년월일", "주소",
  "아이디", "비밀번호", "닉네임", "프로필", "IP", "쿠키", "접속 로그", "접속로그", "기기정보", "대화 내용", "위치정보", "결제", "카드",
] as const;

export const RETENTION_STATEMENT = /보유|보관|보존|이용\s{0,2}기간/;
/** The generator's framing of a retention list, which states no period by itself. */
export const RETENTION_BOILERPLATE = /다음과\s{0,2}같습니다|보유\s{0,2}[·ㆍ․]?\s{0,2}이용\s{0,2}기간\s{0,2}내에서/;
/** A period that is no period: "일정 기간", "필요한 기간 동안". */
export const VAGUE_PERIOD = /일정\s{0,2}기간|필요한\s{0,2}기간|기간\s{0,2}동안|상당한\s{0,2}기간/;
/** "수집 및 보유하지 않습니다": nothing is kept, which answers how long. */
export const RETENTION_NONE = /(?:보유|보관|저장)하지\s{0,2}않/;

export const DESTRUCTION_STATEMENT =
  /파기|(?:영구|완전히|즉시)\s{0,2}(?:삭제|지워)|삭제(?:하면|되며|됩니다|합니다|할\s{0,2}수)|지울\s{0,2}수|사라집니다/;

export const DESTRUCTION_METHOD =
  /영구\s{0,2}삭제|복원(?:이|할\s{0,2}수)?\s{0,2}(?:불가능|없)|재생(?:이|할\s{0,2}수)?\s{0,2}(?:불가능|없)|복구(?:가|할\s{0,2}수)?\s{0,2}(?:불가능|없)|파쇄|소각|분쇄/;

export const THIRD_PARTY_STATEMENT = /제\s{0,2}3\s{0,2}자|제삼자|외부에\s{0,2}제공|타인에게\s{0,2}제공|제공받는\s{0,2}자/;
export const THIRD_PARTY_NONE = /제\s{0,2}3\s{0,2}자[^\n]{0,40}(?:제공|공유|판매)[^\n]{0,20}(?:않|없)|제공[^\n]{0,10}(?:하지\s{0,2}않|없)/;

export const CONSIGNMENT_NONE = /위탁(?:하지|하고\s{0,2}있지)\s{0,2}않|위탁[^\n]{0,20}(?:없습니다|없음)/;

export const OVERSEAS_DISCLOSURE =
  /(?:국외|해외|관할\s{0,2}지역\s{0,2}외)[^\n]{0,40}(?:이전|보관|저장|처리|전송|관리)|이전되는\s{0,2}국가|이전받는\s{0,2}자|(?:수령|이전)\s{0,2}국가/;
export const OVERSEAS_NONE = /(?:국외|해외)[^\n]{0,30}(?:이전|보관|저장)[^\n]{0,20}(?:하지\s{0,2}않|없)/;

export const SAFETY_MEASURES = [
  "암호화", "접근통제", "접근 통제", "접근권한", "접근 권한", "접근제한", "접근 제한", "접속기록", "접속 기록", "내부관리계획",
  "내부 관리계획", "보안프로그램", "보안 프로그램", "백신", "출입통제", "잠금장치", "방화벽", "침입차단", "해킹", "교육",
  "최소화", "비밀번호", "보안장치", "보안 장치", "SSL", "TLS", "HTTPS",
] as const;

export const AUTO_COLLECTION_WORDS = /쿠키|cookie|자동\s{0,2}수집|자동으로\s{0,2}수집|웹\s{0,2}비콘|픽셀|SDK|광고\s{0,2}ID|광고\s{0,2}식별자|AD_ID|ADID|IDFA|분석\s{0,2}(?:도구|서비스)/i;
export const AUTO_COLLECTION_REFUSAL = /거부|차단|허용하지|설정|옵션|opt[-\s]?out|삭제할\s{0,2}수/i;
/** The user's own way to refuse: "거부할 수", "차단하는 방법", "설정에서 … 해제". */
export const USER_REFUSAL =
  /(?:거부|차단|삭제|해제)(?:할\s{0,2}수|하실\s{0,2}수|하려면|하는\s{0,2}방법|방법)|허용하지\s{0,2}않|opt[-\s]?out|설정(?:을|에서)[^\n]{0,30}(?:거부|차단|해제|끄|제한)/i;
export const AUTO_COLLECTION_NONE =
  /(?:쿠키|cookie)[^\n]{0,40}(?:사용하지|쓰지|저장하지)\s{0,2}않|(?:광고|분석)[^\n]{0,20}(?:SDK|서비스|도구)[^\n]{0,40}(?:없|쓰지\s{0,2}않|사용하지\s{0,2}않)|(?:SDK|광고\s{0,2}ID)[^\n]{0,30}(?:없|쓰지\s{0,2}않|사용하지\s{0,2}않)/i;

export const RIGHTS_WORDS = ["열람", "정정", "삭제", "처리정지", "처리 정지", "철회", "탈퇴", "파기", "액세스", "수정", "접근"] as const;
export const RIGHTS_ACTION = /할\s{0,2}수\s{0,2}있|요구|요청|청구|행사|권리/;

export const OFFICER_WORDS = /보호\s{0,2}책임자|관리\s{0,2}책임자|책임자|담당자|담당\s{0,2}부서|고충\s{0,2}처리|CPO|관리담당/;
export const OFFICER_NAME_FIELD = /성\s{0,2}명|이\s{0,2}름|부\s{0,2}서|직\s{0,2}책|직\s{0,2}위|소\s{0,2}속|팀|센터|담당자/;
/**
 * A person's name written in Latin script ("Andreas Heiligtag"): two capitalised words, but only
 * where a name is expected, after a name label (성명, 이름, Name, Privacy Officer, DPO, 책임자) or
 * as the first words of the block under an officer or contact heading. Capitalised words of
 * English labels ("Contact Us", "Last Updated", "Support Team") are not names, and nor is a brand
 * followed by a company word ("Blue Harbor Games", "Acme Labs").
 */
const NOT_A_NAME_WORD =
  "(?!(?:Contact|Us|E-?mail|Mail|Last|Updated?|Team|Support|Policy|Privacy|Officer|Customer|Service|Services|Center|Centre|Data|Protection|Manager|Department|Dept|Phone|Tel|Address|Name|Inquiry|Inquiries|Help|Desk|Not|None|The|Our|Your|Company|Terms|Effective|Date|Personal|Information|Info|Chief|Head|Director|Developer|Admin|Operator|Owner|General|Security|Legal|Office|Korea|Seoul)(?![A-Za-z]))";
const COMPANY_WORD = "(?:Inc|Corp|Corporation|Ltd|LLC|Co|Company|Games?|Studios?|Labs?|Software|Apps?|Team|Technologies|Tech|Group|Soft|Media|Works)(?![A-Za-z])";
const NAME_LABEL =
  "(?:(?<!(?:회사|업체|상호|서비스|앱|법인)\\s{0,2})(?:성\\s{0,2}명|이\\s{0,2}름)|(?<!(?:Company|Service|App|Product|Business|Brand|User)\\s)[Nn]ame|Privacy\\s[Oo]fficer|DPO|CPO|책임자|담당자)";
/** Between a label and the name: spaces, a colon or bar, Markdown bold, an aside "(Name)". */
const LABEL_SEPARATOR = "(?:[^\\S\\n]{0,3}\\([^()\\n]{1,20}\\))?(?:[^\\S\\n]|[:：|*\\-–—]){1,8}";
export const LATIN_PERSON_NAME = new RegExp(
  `(?:^[^\\S\\n]*|${NAME_LABEL}${LABEL_SEPARATOR})${NOT_A_NAME_WORD}[A-Z][a-z]{1,20}(?:[^\\S\\n][A-Z]\\.)?[^\\S\\n]${NOT_A_NAME_WORD}[A-Z][a-z]{1,20}(?![A-Za-z])(?![^\\S\\n]{1,2}${COMPANY_WORD})`,
);

export const CHANGE_NOTICE = /공지|고지|게시|알려|통지|안내|공개/;

/** Words that show a named company handles personal data, not merely that its product is mentioned. */
export const PROCESSING_CONTEXT = /위탁|수탁|제공|보관|저장|전송|수집|처리|분석|호스팅|서버|클라우드|결제|SDK|광고|통계|이용합니다|사용합니다|활용|발송|인증|로그인/;
