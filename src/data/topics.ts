/**
 * How each element of the policy shows in a heading (spec §7, normalised: no spaces, middle dots
 * unified to "·", numbering and brackets stripped) and in body text (spec §8.1). Reviewable
 * without reading rule code: a heading matches a topic when it contains one of `heading` and none
 * of `notHeading`.
 */
import type { TopicId } from "../policy/types.js";

export interface TopicSignals {
  id: TopicId;
  name: { ko: string; en: string };
  /** Substrings of a normalised heading that name the topic. */
  heading: readonly string[];
  /** Substrings that veto the topic for a heading (e.g. "목적" in "추가적 이용 목적"). */
  notHeading?: readonly string[];
  /** Words in a section body that confirm the topic (two distinct ones confirm a heading-less block). */
  body: readonly string[];
  source: string;
}

export const TOPICS: readonly TopicSignals[] = [
  {
    id: "title",
    name: { ko: "개인정보 처리방침 제목", en: "policy title" },
    heading: ["처리방침", "취급방침", "보호정책", "보호방침", "처리지침", "privacypolicy"],
    body: ["제30조에 따라", "수립·공개", "처리방침을 수립"],
    source: "pipa.md §7 H01",
  },
  {
    id: "purpose",
    name: { ko: "개인정보의 처리 목적", en: "purposes of processing" },
    heading: ["목적", "정보활용", "데이터활용", "데이터사용", "정보사용", "데이터이용", "용도"],
    notHeading: ["추가적", "행태정보", "가명", "영상정보", "쿠키", "cookie", "국외", "해외", "제공목적", "제3자"],
    body: ["목적", "회원 가입", "회원가입", "서비스 제공", "본인 확인", "본인확인", "고충처리", "마케팅", "민원", "이용합니다", "처리합니다"],
    source: "pipa.md §7 H02",
  },
  {
    id: "items",
    name: { ko: "처리하는 개인정보의 항목", en: "personal data processed" },
    heading: ["항목", "수집되는데이터", "데이터유형", "수집하는데이터", "수집하는개인정보", "수집하는정보", "처리하는개인정보", "수집정보", "수집방법", "수집에대한동의", "개인정보의수집", "개인정보수집", "처리하는정보", "모으는데이터", "모으는정보", "데이터수집", "수집데이터", "수집되는정보"],
    notHeading: ["가명", "국외", "해외", "제3자", "위탁", "행태정보", "이용목적", "수집목적"],
    body: ["이름", "성명", "이메일", "전자우편", "휴대전화", "연락처", "생년월일", "아이디", "비밀번호", "닉네임", "IP", "쿠키", "접속 로그", "접속로그", "기기정보", "필수항목", "선택항목", "수집합니다", "수집하지 않"],
    source: "pipa.md §7 H03",
  },
  {
    id: "retention",
    name: { ko: "개인정보의 처리 및 보유 기간", en: "retention period" },
    heading: ["보유", "보존기간", "이용기간", "보관기간"],
    notHeading: ["영상정보"],
    body: ["보유", "보존", "보관", "탈퇴 시까지", "탈퇴시까지", "년", "개월", "까지"],
    source: "pipa.md §7 H04",
  },
  {
    id: "destruction",
    name: { ko: "개인정보의 파기 절차 및 방법", en: "destruction procedure and method" },
    heading: ["파기"],
    body: ["파기", "삭제", "파쇄", "소각", "복원", "재생"],
    source: "pipa.md §7 H05",
  },
  {
    id: "third-party",
    name: { ko: "개인정보의 제3자 제공", en: "provision to third parties" },
    heading: ["제3자", "제삼자", "개인정보의제공", "개인정보제공", "공유및제공", "제공및공유", "공유", "제공받는자", "외부제공"],
    notHeading: ["행태정보", "위탁"],
    body: ["제3자", "제공받는 자", "제공하지 않", "제공합니다", "제공할 수 있"],
    source: "pipa.md §7 H06",
  },
  {
    id: "consignment",
    name: { ko: "개인정보 처리업무의 위탁", en: "outsourcing (consignment)" },
    heading: ["위탁", "수탁"],
    notHeading: ["위탁자의"],
    body: ["위탁", "수탁", "수탁자", "수탁업체", "위탁업무"],
    source: "pipa.md §7 H08",
  },
  {
    id: "overseas-transfer",
    name: { ko: "개인정보의 국외 이전", en: "overseas transfer" },
    heading: ["국외", "해외이전", "해외로의이전", "해외보관", "해외", "국외이전"],
    body: ["국외", "해외", "이전되는 국가", "이전받는 자", "이전 일시", "이전 시기"],
    source: "pipa.md §7 H09",
  },
  {
    id: "safety-measures",
    name: { ko: "개인정보의 안전성 확보조치", en: "security measures" },
    heading: ["안전성", "안정성", "보호대책", "보호조치", "기술적", "관리적", "물리적", "보안", "보호를위한", "보호를위하여", "취급인원", "취급직원", "취급자의최소화", "접근제한"],
    notHeading: ["책임자", "담당"],
    body: ["암호화", "접근통제", "접근 통제", "접근권한", "접근 권한", "접속기록", "접속 기록", "내부관리계획", "보안프로그램", "보안 프로그램", "백신", "출입통제", "방화벽", "침입차단", "교육"],
    source: "pipa.md §7 H10",
  },
  {
    id: "auto-collection",
    name: { ko: "자동 수집 장치의 설치·운영 및 거부", en: "cookies and automatic collection" },
    heading: ["쿠키", "cookie", "자동수집", "자동으로수집", "자동수집장치", "접속정보파일", "자동화된수집"],
    body: ["쿠키", "cookie", "Cookie", "거부", "브라우저", "웹브라우저"],
    source: "pipa.md §7 H13",
  },
  {
    id: "behavioral-ads",
    name: { ko: "행태정보의 수집·이용·제공 및 거부", en: "behavioural advertising" },
    heading: ["행태정보", "맞춤형광고"],
    body: ["행태정보", "맞춤형 광고", "광고식별자", "ADID", "IDFA"],
    source: "pipa.md §7 H14",
  },
  {
    id: "rights",
    name: { ko: "정보주체와 법정대리인의 권리·의무 및 행사방법", en: "data subject rights" },
    heading: ["권리", "열람·정정", "열람정정", "동의철회", "동의의철회", "회원탈퇴방법", "이용자의의무", "데이터관리", "내정보관리", "데이터삭제", "선택권"],
    notHeading: ["권익침해", "구제", "책임자", "자동화된결정"],
    body: ["열람", "정정", "삭제", "처리정지", "처리 정지", "동의 철회", "동의철회", "철회", "권리"],
    source: "pipa.md §7 H15",
  },
  {
    id: "privacy-officer",
    name: { ko: "개인정보 보호책임자", en: "privacy officer" },
    heading: ["책임자", "담당자", "담당부서", "고충", "민원처리", "불만처리", "불만사항", "의견수렴", "문의처", "cpo", "보호책임"],
    notHeading: ["위치정보관리책임자", "영상정보", "열람청구"],
    body: ["보호책임자", "책임자", "담당자", "담당부서", "성명", "직책", "연락처", "전화", "이메일", "CPO"],
    source: "pipa.md §7 H18",
  },
  {
    id: "access-request",
    name: { ko: "열람청구 접수·처리 부서", en: "access-request office" },
    heading: ["열람청구", "열람청구처"],
    body: ["열람청구", "열람 청구", "privacy.go.kr"],
    source: "pipa.md §7 H19",
  },
  {
    id: "redress",
    name: { ko: "권익침해 구제방법", en: "remedies" },
    heading: ["구제", "침해신고", "권익침해", "분쟁조정", "신고및상담", "침해에대한"],
    body: ["분쟁조정위원회", "침해신고센터", "한국인터넷진흥원", "대검찰청", "경찰청", "1833-6972", "118", "182", "1301", "행정심판"],
    source: "pipa.md §7 H20",
  },
  {
    id: "changes",
    name: { ko: "개인정보 처리방침의 변경", en: "changes and effective date" },
    heading: ["변경", "개정", "시행일", "부칙", "고지의의무", "고지의무", "시행", "적용일"],
    notHeading: ["수탁자", "위탁"],
    body: ["시행", "변경", "개정", "공지", "고지"],
    source: "pipa.md §7 H21",
  },
  {
    id: "sensitive-info",
    name: { ko: "민감정보의 공개 가능성 및 비공개 선택 방법", en: "sensitive information" },
    heading: ["민감정보"],
    body: ["민감정보", "공개 가능성", "비공개"],
    source: "pipa.md §7 H11",
  },
  {
    id: "pseudonymous",
    name: { ko: "가명정보의 처리", en: "pseudonymised information" },
    heading: ["가명"],
    body: ["가명정보", "가명처리"],
    source: "pipa.md §7 H12",
  },
  {
    id: "automated-decision",
    name: { ko: "자동화된 결정", en: "automated decisions" },
    heading: ["자동화된결정", "자동화된의사결정", "자동화된처리에의한결정"],
    body: ["자동화된 결정", "거부", "설명"],
    source: "pipa.md §7 H16",
  },
  {
    id: "data-portability",
    name: { ko: "개인정보 전송요구", en: "data portability" },
    heading: ["전송요구", "전송요구권", "이동권"],
    body: ["전송요구", "전송 요구"],
    source: "pipa.md §7 H17",
  },
  {
    id: "children",
    name: { ko: "만 14세 미만 아동의 개인정보 처리", en: "children under 14" },
    heading: ["아동", "14세", "어린이", "법정대리인의동의"],
    body: ["14세", "법정대리인", "아동"],
    source: "pipa.md §7 H23",
  },
  {
    id: "domestic-agent",
    name: { ko: "국내대리인의 지정", en: "domestic representative" },
    heading: ["국내대리인", "domesticrepresentative"],
    body: ["국내대리인", "국내 대리인"],
    source: "pipa.md §7 H22",
  },
  {
    id: "cctv",
    name: { ko: "영상정보처리기기 운영·관리", en: "CCTV / video devices" },
    heading: ["영상정보처리기기", "cctv", "영상정보"],
    body: ["CCTV", "영상정보처리기기", "설치 대수", "촬영 범위"],
    source: "pipa.md §7 H24",
  },
  {
    id: "additional-use",
    name: { ko: "추가적인 이용·제공 판단기준", en: "additional use criteria" },
    heading: ["추가적인이용", "추가적이용", "추가이용"],
    body: ["추가적인 이용", "합리적으로 관련"],
    source: "pipa.md §7 H07",
  },
  {
    id: "labeling",
    name: { ko: "주요 개인정보 처리 표시(라벨링)", en: "labelling / summary" },
    heading: ["라벨링", "한눈에보는", "요약", "처리표시"],
    body: ["라벨링"],
    source: "pipa.md §7 H25",
  },
  {
    id: "toc",
    name: { ko: "목차", en: "table of contents" },
    heading: ["목차", "목록", "contents"],
    body: [],
    source: "pipa.md §7 H25",
  },
];

