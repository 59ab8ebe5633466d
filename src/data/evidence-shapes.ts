/**
 * Sentence shapes that decide whose act a sentence describes and whether it discloses anything
 * (../shared/eval/failure-classes.md A, F, H, J). A word that names an element is evidence only
 * when the sentence is the organisation's own disclosure or denial; these shapes mark the other
 * uses of the same words. Reviewable wording lists: every pattern is linear (bounded gaps, no
 * nested quantifiers).
 */

/**
 * "제12조에서 정한 방법으로", "제5조에 따라", "위 3항의 절차대로": the content lives in another
 * article. A statute citation ("「개인정보 보호법」 제21조에 따라") is not a cross-reference; the
 * test for that lives in src/evidence/attribute.ts (what precedes the article number).
 */
export const ARTICLE_REFERENCE =
  /제\s{0,2}\d{1,3}\s{0,2}조(?:의\s{0,2}\d{1,2})?(?:\s{0,2}제?\s{0,2}\d{1,2}\s{0,2}항)?\s{0,2}(?:에서|에\s{0,2}따라|에\s{0,2}따른|의\s{0,2}(?:절차|방법|기준|규정)|에\s{0,2}(?:정한|정하는|명시|기재|규정|기술|적힌|밝힌))/g;
/** "위/아래/앞의 항목에서 정한": a pointer inside the document without an article number. */
export const LOCAL_REFERENCE = /(?:위|앞|상기|전\s{0,2}항)(?:의|에서)?\s{0,2}(?:조항|항목|조|항)?에서\s{0,2}(?:정한|밝힌|설명한|정하는)/;
/** What stands right before an article number when it cites a statute, not the policy itself. */
export const STATUTE_BEFORE_ARTICLE = /(?:[」』]|법|령|규칙|고시|규정|기준|협약|약관)\s{0,3}$/;

/**
 * Field labels of another party's disclosure: the period, purpose or items a recipient, processor
 * or overseas recipient keeps or uses ("제공받는 자의 보유 기간", "위탁 기간", "수탁사의 업무 목적").
 */
export const OTHER_PARTY_FIELD =
  /(?:제공\s{0,2}받는\s{0,2}자|제공받는\s{0,2}기관|제공처|수탁\s{0,2}(?:자|사|업체|기관)|위탁\s{0,2}받는\s{0,2}자|이전\s{0,2}받는\s{0,2}자|수령인|수령자)\s{0,2}(?:의|가|는|이)?\s{0,2}(?:개인정보\s{0,2})?(?:보유|이용|보관|처리|업무|이용\s{0,2}목적|목적|항목)|위탁\s{0,2}(?:기간|계약\s{0,2}기간)|(?:위탁|제공|이전)\s{0,2}(?:목적|받는\s{0,2}목적)\s{0,2}및\s{0,2}(?:보유|이용)|쿠키(?:를|의)?\s{0,2}(?:사용|이용|설치|운영)\s{0,2}목적/;

/** Clauses that name 목적 or 기간 as a trigger or limit, not as the content ("목적이 달성되면", "목적 범위에서"). */
export const TRIGGER_OR_SCOPE =
  /목적(?:이|을)?\s{0,2}(?:달성|종료|완료|끝나|소멸|이루어)|목적\s{0,2}(?:범위|외|이외|이외의|외의|달성\s{0,2}후)|(?:밝힌|정한|고지한|알린|동의받은|명시한)\s{0,2}목적|기간(?:이|을)?\s{0,2}(?:경과|지나|끝나|만료|종료)/;

/** "…을 바꿀 때에는 … 공지합니다": the element's name inside a change-notice sentence. */
export const CHANGE_NOTICE_CLAUSE =
  /(?:바꿀|바뀔|바뀌는|변경할|변경하는|변경되는|변경될|추가|삭제\s{0,2}및\s{0,2}수정|개정될|개정하는)[^\n]{0,30}(?:때|경우)[^\n]{0,60}(?:공지|고지|알리|알려|게시|안내|통지)/;

/** The data subject as the one acting: deleting an account, withdrawing, clearing data. */
export const USER_SUBJECT =
  /(?:회원|이용자|사용자|정보주체|여러분|귀하|고객|본인|유저)(?:님)?(?:은|는|이|가|께서|도)\s/;
export const USER_MENU_ACTION = /(?:설정|메뉴|마이\s{0,2}페이지|내\s{0,2}정보|계정)[^\n]{0,30}[>›»→]|(?:설정|메뉴|마이\s{0,2}페이지|내\s{0,2}정보|계정)\s{0,2}(?:에서|화면에서|메뉴에서)/;
export const USER_CAN = /(?:할|하실|지울|지우실)\s{0,2}수\s{0,2}(?:있|있습)/;

/** The organisation reporting someone to an agency, not offering the agency to the data subject. */
export const AGENCY_REPORT =
  /(?:수사\s{0,2}기관|경찰|검찰|한국인터넷진흥원|KISA|관계\s{0,2}기관|관련\s{0,2}기관)[^\n]{0,30}(?:에|에게)\s{0,2}(?:그\s{0,2}사실을\s{0,2})?(?:알리|알립|통보|신고하|신고합|고발|제공하|제출)/;

/** A generic promise with no measure in it: "노력하지만 보장할 수 없습니다". */
export const SAFETY_DISCLAIMER =
  /(?:완벽|완전|절대)[^\n]{0,20}(?:보장|보증)[^\n]{0,10}(?:없|않|못)|보장할\s{0,2}수\s{0,2}없|(?:합리적|적절한|필요한|상당한|최선의?)\s{0,2}(?:보안\s{0,2})?(?:조치|노력)[^\n]{0,30}(?:하고\s{0,2}있|합니다|다하고|기울이|취하고)|노력(?:하고\s{0,2}있|합니다|하겠습니다)|최선을\s{0,2}다(?:합니다|하고|하겠)/;

/**
 * Unfilled generator fields (issue: placeholder rule). Bracketed field names that end in a
 * field noun, fill-in instructions, blank dates and the template marks. Each alternative is
 * anchored on its own delimiters so that real values in brackets ("(주)", "(국번없이)") pass.
 */
export const PLACEHOLDER_SHAPES: readonly { id: string; pattern: RegExp }[] = [
  { id: "field-name", pattern: /[(\[<〈【{（［]\s{0,2}[가-힣A-Za-z·/\s]{0,16}(?:명|명칭|이름|성명|주소|번호|연락처|직책|직위|부서|이메일|전화|날짜|일자|회사|업체|기관|담당자|내용|URL|url)\s{0,2}[)\]>〉】}）］]/g },
  { id: "instruction", pattern: /[\[(<]\s{0,2}[^\[\]()<>\n]{0,40}(?:입력|기재|작성|기입|채워)\s{0,3}(?:하세요|하십시오|해\s{0,2}주세요|바랍니다|할\s{0,2}것)?\s{0,2}[\])>]/g },
  { id: "blank-date", pattern: /(?:20|19)\d\d\s{0,2}년\s{1,6}월\s{1,6}일|(?:20|19)?[0-9Xx]{2}[Xx]{2}\s{0,2}[.\-/년]\s{0,2}[Xx]{1,2}\s{0,2}[.\-/월]\s{0,2}[Xx]{1,2}|\[\s{0,2}월\s{0,2}\]\s{0,2}\[\s{0,2}일\s{0,2}\]|\d{4}\s{0,2}[.\-]\s{0,2}(?:MM|mm)\s{0,2}[.\-]\s{0,2}(?:DD|dd)/g },
  { id: "mask", pattern: /○{2,}|◯{2,}|(?<![A-Za-z0-9])(?:OOO|OO|XXX|XX|ㅇㅇㅇ|ㅇㅇ|＊＊|\*\*\*)(?![A-Za-z0-9])/g },
  { id: "angle-field", pattern: /<\s{0,2}[가-힣][가-힣\s]{0,14}(?:명|자|처|호|소|일)\s{0,2}>/g },
];

/**
 * A trigger word said in the negative: "민감정보는 수집하지 않습니다", "국내대리인: 해당 없음". The
 * processing verbs are listed so that "동의 없이 공개하지 않습니다" still shows sensitive data is held.
 */
export const NEGATED_PROCESSING =
  /(?:수집|처리|운영|설치|지정|이용|보유|보관|활용)(?:하지|되지|하고\s{0,2}있지)\s{0,2}않|해당\s{0,2}(?:사항\s{0,2})?(?:없|이\s{0,2}없)|[:：]\s{0,2}(?:없음|해당\s{0,2}없음|미지정|N\/A|-)\s*$/;
/** The data subject's rights listed by name ("자동화된 결정에 대한 거부·설명 요구 권리"): not processing. */
export const RIGHTS_ENUMERATION = /권리|거부할\s{0,2}수|(?:설명|검토)(?:을|를)?\s{0,2}(?:요구|요청|청구)|이의\s{0,2}제기/;
