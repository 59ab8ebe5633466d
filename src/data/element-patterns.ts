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
/** The user's own way to refuse: "거부할 수", "차단하는 방법", "설정에서 … 해제". */
export const USER_REFUSAL =
  /(?:거부|차단|삭제|해제)(?:할\s{0,2}수|하실\s{0,2}수|하려면|하는\s{0,2}방법|방법)|허용하지\s{0,2}않|opt[-\s]?out|설정(?:을|에서)[^\n]{0,30}(?:거부|차단|해제|끄|제한)/i;
export const AUTO_COLLECTION_NONE =
  /(?:쿠키|cookie)[^\n]{0,40}(?:사용하지|쓰지|저장하지)\s{0,2}않|(?:광고|분석)[^\n]{0,20}(?:SDK|서비스|도구)[^\n]{0,40}(?:없|쓰지\s{0,2}않|사용하지\s{0,2}않)|(?:SDK|광고\s{0,2}ID)[^\n]{0,30}(?:없|쓰지\s{0,2}않|사용하지\s{0,2}않)/i;

export const RIGHTS_WORDS = ["열람", "정정", "삭제", "처리정지", "처리 정지", "철회", "탈퇴", "파기", "액세스", "수정", "접근"] as const;

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

/**
 * Evidence vocabulary (src/evidence): what each element's content looks like once the sentence is
 * known to be the organisation's own. Widened from real layouts (failure classes B, C, G).
 */
/** Identifiers and technical items that a short app policy lists instead of names and e-mails. */
export const IDENTIFIER_ITEMS = [
  "UUID", "기기 식별", "기기식별", "단말기 식별", "광고 ID", "광고ID", "광고 식별자", "푸시 토큰", "알림 토큰", "토큰", "단말 정보",
  "단말기 정보", "기기 정보", "OS 버전", "운영체제", "앱 버전", "모델명", "서비스 이용 기록", "이용기록", "이용 기록", "방문 기록",
  "접속 기록", "결제 기록", "주민등록번호", "계좌", "사진", "성별", "나이", "학번", "소속", "직업", "이미지", "음성", "위치",
  "email", "e-mail", "name", "phone",
] as const;
/** A verb that takes a data item as its object: collecting or storing it. */
export const ITEM_VERB = /수집|저장|보관|기록하|입력\s{0,2}받|제공\s{0,2}받|받습니다|받으며|처리합니다|collect|store/i;
/** "수집하지 않습니다", "필수항목: 없음", "사용자 정보도 따로 수집하지 않습니다": none collected (any particle). */
export const ITEMS_NONE =
  /(?:정보|데이터|개인정보|자료)(?:를|을|는|은|도|가|이)?\s{0,2}(?:전혀\s{0,2}|일절\s{0,2}|따로\s{0,2}|별도로\s{0,2})?(?:수집|저장|보관)(?:\s{0,2}(?:및|·|ㆍ)\s{0,2}(?:처리|보유|이용|저장|보관))?(?:하지|되지)\s{0,2}않|(?:필수|선택)\s{0,2}(?:항목|정보)\s{0,2}[:：]\s{0,2}없음|collect(?:s)?\s{0,2}no\b|do(?:es)?\s{0,2}not\s{0,2}collect/i;
/** A header cell naming collected items. */
export const ITEMS_TABLE_HEADER = /수집\s{0,2}항목|필수\s{0,2}(?:항목|정보)|선택\s{0,2}(?:항목|정보)|개인정보\s{0,2}항목|처리\s{0,2}항목|수집\s{0,2}(?:정보|데이터)|^항목$/;

/** An end event phrased as deletion timing (failure class H): "탈퇴를 신청하는 즉시", "경과 시". */
export const RETENTION_END_EVENT =
  /(?:탈퇴|해지|종료|만료|달성|철회|삭제\s{0,2}요청|폐지|졸업|퇴직)[^\n]{0,12}(?:시|할\s{0,2}때|하는\s{0,2}즉시|되는\s{0,2}즉시|즉시|시까지|까지|전까지|후\s{0,2}(?:지체\s{0,2}없이|즉시))|경과\s{0,2}시|매(?:주|월|일|년)[^\n]{0,20}(?:삭제|지워|파기)|앱을?\s{0,2}(?:삭제|제거)하면|기기에만\s{0,2}(?:저장|보관)/;
/** A header cell naming a retention period. */
export const RETENTION_TABLE_HEADER = /보유|보존|보관\s{0,2}기간|이용\s{0,2}기간|retention/i;

/** Controller-side destruction timing and procedure (the method is DESTRUCTION_METHOD). */
export const DESTRUCTION_TIMING =
  /지체\s{0,2}없이|즉시|\d{1,3}\s{0,2}일\s{0,2}(?:이내|내에|안에)|경과\s{0,2}(?:시|후|한\s{0,2}경우)|달성\s{0,2}(?:시|후|된\s{0,2}경우|되면)|파기\s{0,2}(?:절차|사유|계획)|(?:선정|승인)[^\n]{0,30}파기|별도의?\s{0,2}(?:DB|데이터베이스)|분리하여|매(?:주|월|일|년)/;
/** "저장하지 않습니다", "기기에만 저장": there is nothing to destroy on the organisation's side. */
export const NOTHING_STORED = /(?:서버에|외부로|별도로)?\s{0,2}(?:저장|보관|보유)(?:하지|되지)\s{0,2}않|기기(?:에만|안에만|내부에만)\s{0,2}(?:저장|보관)|전송(?:하지|되지)\s{0,2}않/;

/** Provision without 제3자 (failure class B): sharing with a named kind of recipient. */
export const THIRD_PARTY_SHARING =
  /(?:기관|부처|제휴사|협력사|다른\s{0,2}사람|타인|외부|업체)[^\n]{0,20}(?:와|과|에|에게)\s{0,2}(?:공유|제공)(?:하|할|될|됩|합|되)|(?:share|disclose|sell|provide)[^\n]{0,60}third[\s-]part/i;

/** Named processor shapes and the tasks a processor takes on. */
export const NAMED_PROCESSOR =
  /\(주\)|주식회사|㈜|Inc\.?|Ltd\.?|Corp\.?|LLC|GmbH|[가-힣A-Za-z]{2,20}(?:페이먼츠|페이|택배|통운|로지스|시스템즈|커뮤니케이션즈|클라우드|텔레콤|뱅크|카드)/;
/** Processor categories that stand in for company names (failure class C). */
export const PROCESSOR_CATEGORY =
  /결제\s{0,2}대행(?:사|업체)?|PG\s{0,2}사|배송\s{0,2}업체|택배\s{0,2}(?:사|업체)|본인\s{0,2}확인\s{0,2}기관|클라우드\s{0,2}(?:서비스\s{0,2})?(?:사업자|업체|제공자)|호스팅\s{0,2}(?:사업자|업체)|(?:메시지|문자|알림)[^\n]{0,6}(?:발송\s{0,2})?(?:대행사|업체)|고객\s{0,2}상담\s{0,2}대행|서버\s{0,2}업체|서비스\s{0,2}제공\s{0,2}업체|외부\s{0,2}(?:업체|서비스)/;
export const PROCESSOR_TASK = /업무|본인\s{0,2}확인|결제|배송|발송|상담|서버|호스팅|보관|인증|분석|대행|운영|고객센터|문자|SMS|클라우드|전송|저장|로그인|알림|푸시|통계/i;
/** "수탁자 : ○○택배" — a labelled value names the processor. */
export const LABELLED_PROCESSOR = /^[^:：\n]{0,10}(?:수탁|위탁)\s{0,2}(?:자|업체|사|기관|대상자|받는\s{0,2}자|업체명)\s{0,2}[:：]\s{0,4}/;
/** A service table that presents who processes data for what ("서비스 | 역할"), without the word 위탁. */
export const SERVICE_TABLE_NAME = /^(?:서비스|외부\s{0,2}서비스|업체|업체명|회사|제공자|서비스\s{0,2}제공자|사업자|도구|service|provider|vendor)$/i;
export const SERVICE_TABLE_TASK = /역할|업무|용도|목적|처리\s{0,2}내용|이용\s{0,2}내용|purpose|role|use/i;
/** Header cells of a processor table. */
export const CONSIGNMENT_TABLE_HEADER = /수탁|위탁\s{0,2}(?:받는|업체|업무|기관|처|사)|서비스\s{0,2}제공\s{0,2}(?:업체|사|자)|처리\s{0,2}위탁/;
export const CONSIGNMENT_FIELD_RECIPIENT = /수탁\s{0,2}(?:자|업체|사|기관)|위탁\s{0,2}(?:받는|업체|기관|처)|업체|서비스\s{0,2}제공/;
/** "외부 업체에 맡기지 않습니다": no outsourcing, said without 위탁. */
export const CONSIGNMENT_NONE_PLAIN =
  /(?:외부|다른)\s{0,2}(?:업체|회사|서비스|기관)[^\n]{0,30}(?:맡기지|위탁하지|사용하지|이용하지)\s{0,2}않|(?:맡기지|위탁하지)\s{0,2}않/;
/** Processing handed to another, said without 위탁 (failure class B). */
export const CONSIGNMENT_PLAIN = /맡기|대신\s{0,2}처리|대행|(?:통해|통하여)\s{0,2}처리/;
/** The generator's frame and the 제26조 duties: they give no processor or task by themselves. */
export const CONSIGNMENT_BOILERPLATE =
  /다음과\s{0,2}같이[^\n]{0,40}위탁하고|위탁[^\n]{0,30}수\s{0,2}있습니다|위탁하는\s{0,2}경우|지시\s{0,2}엄수|비밀\s{0,2}유지|책임\s{0,2}부담|감독합니다|(?:변경|바뀌)(?:될|되는|할)\s{0,2}경우|위탁\s{0,2}계약\s{0,2}(?:체결\s{0,2})?시|제26조|수탁자가\s{0,2}개인정보를\s{0,2}안전하게|위탁업무의\s{0,2}내용이나\s{0,2}수탁자가\s{0,2}변경|관리[·ㆍ\s]{0,2}감독|재위탁\s{0,2}제한|업무\s{0,2}수행\s{0,2}목적\s{0,2}외/;

/** Concrete security measures beyond SAFETY_MEASURES (failure class C). */
export const SAFETY_MEASURES_MORE = [
  "감사", "점검", "익명화", "가명처리", "인증", "2단계", "다중 인증", "다중인증", "권한 관리", "권한관리", "백업", "요청 제한", "요청 수",
  "봇 차단", "보안 프로토콜", "취급자", "취급 인원", "취급 직원", "최소한", "로그", "모니터링", "격리", "분리 보관", "키 관리",
  "encryption", "encrypt", "access control", "2FA",
] as const;
/** A body that talks about protection at all (a section on topic, even when it names no measure). */
export const SAFETY_TOPIC = /보안|보호|안전|유출|침해|조치|관리|security|protect/i;

/** The user's way to refuse cookies or tracking, widened (failure class B): 끄기, 중단, 비활성화. */
export const USER_REFUSAL_MORE =
  /(?:끄|끌|꺼|중단|중지|비활성화|막)(?:면|을\s{0,2}수|할\s{0,2}수|하실\s{0,2}수|는\s{0,2}방법|기)|opt[-\s]?out|(?:설정|옵션)[^\n]{0,40}(?:변경|조정)할\s{0,2}수/i;

/** One right of the data subject, with the subject or an action. */
export const RIGHT_OF_SUBJECT = /(?:정보주체|이용자|회원|사용자|귀하|고객|여러분|본인)[^\n]{0,80}(?<!(?:방침|정책|약관)(?:을|를)?\s{0,2})(?:열람|정정|삭제|처리\s{0,2}정지|철회|탈퇴|수정)[^\n]{0,40}(?:할\s{0,2}수|하실\s{0,2}수|요구|요청|청구|행사|권리)/;
/** How a right is exercised: a channel or a menu. */
export const RIGHTS_METHOD =
  /서면|전화|전자\s{0,2}우편|이메일|e-?mail|팩스|FAX|모사전송|설정|메뉴|마이\s{0,2}페이지|고객\s{0,2}센터|문의|연락|신청|방문|홈페이지|앱|@|책임자|담당자|청구서|서식/i;

/** Countries and regions named instead of 국외/해외 (failure class B): "싱가포르 리전에 저장". */
export const FOREIGN_PLACE =
  /미국|일본|싱가포르|아일랜드|독일|홍콩|중국|영국|프랑스|캐나다|호주|인도|네덜란드|스웨덴|대만|베트남|유럽|EU|해외\s{0,2}리전|(?:us|eu|ap)-(?:east|west|central|south|southeast|northeast)-\d/i;
export const PLACE_TRANSFER = /(?:서버|리전|데이터\s{0,2}센터|클라우드)[^\n]{0,30}(?:저장|보관|전송|이전|처리)|(?:저장|보관|전송|이전|처리)[^\n]{0,20}(?:서버|리전|데이터\s{0,2}센터)/;
