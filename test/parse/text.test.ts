import { readFileSync } from "node:fs";
import type { List, ListItem, Nodes, Paragraph, Root, Table } from "mdast";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse/text.js";
import { CORPUS_NOTE, corpusUrl, hasCorpus } from "../helpers/shared.js";

const read = (url: URL) => readFileSync(url, "utf8").replace(/\r\n?/g, "\n");
const seed = read(new URL("../../fixtures/seeds/004_2bead2da7e852597.txt", import.meta.url));
const fixture = (name: string) => read(new URL(`../../fixtures/parse/${name}`, import.meta.url));
const corpus = (name: string) => read(corpusUrl(name));
const itWithCorpus = it.skipIf(!hasCorpus);

type Depth = 1 | 2 | 3 | 4 | 5 | 6;

function plainText(node: Nodes): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(plainText).join("") : "";
}

function headings(root: Root): [Depth, string][] {
  return root.children.flatMap((node) => (node.type === "heading" ? [[node.depth, plainText(node)] as [Depth, string]] : []));
}

function tables(root: Root): string[][][] {
  return root.children.flatMap((node) =>
    node.type === "table" ? [node.children.map((row) => row.children.map((cell) => plainText(cell)))] : [],
  );
}

/** Every list item in reading order with its nesting depth (1 = top-level list). */
function listItems(root: Root): { depth: number; text: string; line: number }[] {
  const items: { depth: number; text: string; line: number }[] = [];
  const visit = (list: List, depth: number) => {
    for (const item of list.children) {
      const [paragraph, ...nested] = item.children;
      items.push({ depth, text: plainText(paragraph), line: item.position!.start.line });
      for (const child of nested) if (child.type === "list") visit(child, depth + 1);
    }
  };
  for (const node of root.children) if (node.type === "list") visit(node, 1);
  return items;
}

/** The line each one-line block (heading, paragraph, list item, table row) starts on. */
function blockLines(root: Root): number[] {
  const lines: number[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "heading" || node.type === "paragraph" || node.type === "tableRow") lines.push(node.position!.start.line);
    else if (node.type === "listItem") {
      const [paragraph, ...nested] = node.children;
      visit(paragraph);
      nested.forEach(visit);
    } else if (node.type === "root" || node.type === "list" || node.type === "table") node.children.forEach(visit);
  };
  visit(root);
  return lines;
}

function nonBlankLines(text: string): number[] {
  return text.split("\n").flatMap((line, i) => (line.trim() ? [i + 1] : []));
}

/**
 * Positions as remark gives them: 1-based line and column, 0-based offset, consistent with each
 * other; children inside their parents; text leaves holding exactly the text they point at.
 */
function expectValidPositions(text: string, root: Root): void {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const checkPoint = (point: { line: number; column: number; offset?: number }) => {
    expect(point.offset).toBeGreaterThanOrEqual(0);
    expect(point.offset).toBeLessThanOrEqual(text.length);
    expect(point.offset).toBe(lineStarts[point.line - 1] + point.column - 1);
  };
  const visit = (node: Nodes, parent: Nodes | null) => {
    const position = node.position;
    expect(position, node.type).toBeDefined();
    checkPoint(position!.start);
    checkPoint(position!.end);
    expect(position!.start.offset!).toBeLessThanOrEqual(position!.end.offset!);
    if (parent) {
      expect(position!.start.offset!).toBeGreaterThanOrEqual(parent.position!.start.offset!);
      expect(position!.end.offset!).toBeLessThanOrEqual(parent.position!.end.offset!);
    }
    if (node.type === "text") {
      expect(text.slice(position!.start.offset, position!.end.offset)).toBe(node.value);
    }
    if ("children" in node) for (const child of node.children) visit(child, node);
  };
  visit(root, null);
}

describe("parseText on seed 004 (제N조 articles, ①/•/o lists, a flattened table)", () => {
  const root = parseText(seed);

  it("recovers the title, the fourteen articles, 부칙 and the subheadings", () => {
    expect(headings(root)).toEqual([
      [1, "개인정보처리방침"],
      [2, "제1조 수집하는 개인정보의 항목 및 수집 방법"],
      [2, "제2조 개인정보의 수집 및 이용 목적"],
      [3, "가. 홈페이지 회원가입 및 관리"],
      [3, "나. 민원사무 처리"],
      [3, "다. 재화 또는 서비스 제공"],
      [3, "라. 마케팅 및 광고에의 활용"],
      [3, "마. 기타"],
      [2, "제3조 개인정보의 처리 및 보유 기간"],
      [3, "개인정보 보유 기간"],
      [3, "장기 미이용 회원 개인정보의 처리"],
      [2, "제4조 개인정보의 제3자 제공"],
      [2, "제5조 개인정보의 처리위탁"],
      [2, "제6조 회원 및 법정대리인의 권리·의무 및 그 행사방법"],
      [2, "제7조 개인정보 자동수집 장치의 설치, 운영 및 거부에 관한 사항"],
      [3, "쿠키의 사용 목적"],
      [3, "쿠키의 설치·운영 및 거부"],
      [3, "구글 애널리틱스(Google Analytics)"],
      [2, "제8조 광고성 정보 전송"],
      [2, "제9조 개인정보의 파기절차 및 방법"],
      [3, "파기절차"],
      [3, "파기기한"],
      [3, "파기방법"],
      [2, "제10조 개인정보의 안정성 확보 조치"],
      [3, "개인정보 취급 담당자의 최소화 및 교육"],
      [3, "개인정보에 대한 접근 제한"],
      [3, "접속기록의 보관 및 위변조 방지"],
      [3, "개인정보의 암호화"],
      [2, "제11조 개인정보 보호책임자"],
      [3, "개인정보보호 책임자"],
      [2, "제12조 개인정보 열람 청구"],
      [3, "개인정보 열람청구 접수, 처리 담당자"],
      [2, "제13조 권익침해 구제 방법"],
      [2, "제14조 개인정보 처리방침 변경"],
      [2, "[부칙]"],
    ]);
  });

  it("rebuilds the flattened consignment table", () => {
    const period = "회원 탈퇴시 혹은 위탁 계약 종료 및 서비스 종료 시까지";
    expect(tables(root)).toEqual([
      [
        ["수탁업체", "위탁업무 내용", "위탁 기간"],
        ["(주)NICE페이먼츠, Paypal Inc.", "전자 결제 대행", period],
        ["(주)아임포트", "주문 연동 전자결제 업무", period],
        ["(주)채널코퍼레이션", "실시간 채팅 고객 상담 서비스", period],
        ["Microsoft Azure", "정보시스템(서버, DB, 네트워크)", period],
        ["스티비 주식회사", "뉴스레터 및 정보성 이메일 발송", period],
      ],
    ]);
    const table = root.children.find((node): node is Table => node.type === "table")!;
    expect(table.position!.start.line).toBe(54);
    expect(table.position!.end.line).toBe(59);
    const azure = table.children[4].children[0];
    expect(seed.slice(azure.position!.start.offset, azure.position!.end.offset)).toBe("Microsoft Azure");
  });

  it("keeps ① clauses as list items with their • bullets nested under them", () => {
    const items = listItems(root);
    expect(items.slice(0, 4)).toEqual([
      { depth: 1, line: 4, text: expect.stringMatching(/^회사는 서비스 제공을 위하여/) },
      { depth: 2, line: 5, text: "이메일, 암호화 된 비밀번호, 회사명, 이름, 연락처 등" },
      { depth: 1, line: 6, text: expect.stringMatching(/^회사는 회원이 유료 서비스를/) },
      { depth: 2, line: 7, text: "결제수단 소유자 이름, 신용카드 정보, 연락처 등" },
    ]);
    const firstList = root.children.find((node): node is List => node.type === "list")!;
    expect(firstList).toMatchObject({ ordered: true, start: 1 });
    expect(firstList.children).toHaveLength(8);
  });

  it("nests o bullets under the • item they follow", () => {
    const items = listItems(root).filter((item) => item.line >= 76 && item.line <= 80);
    expect(items.map(({ depth, line }) => [line, depth])).toEqual([
      [76, 1],
      [77, 2],
      [78, 2],
      [79, 2],
      [80, 1],
    ]);
    expect(items[1].text).toBe("Internet Explorer: 웹브라우저 우측 상단의 도구 메뉴 > 인터넷 옵션 > 개인정보 > 설정 > 고급");
  });

  it("makes every non-empty line exactly one block", () => {
    expect(blockLines(root)).toEqual(nonBlankLines(seed));
  });

  it("gives every node a valid position", () => {
    expectValidPositions(seed, root);
  });

  it("puts list markers outside the item text but inside the item's position", () => {
    const item = root.children.find((node): node is List => node.type === "list")!.children[0];
    expect(item.position!.start).toEqual({ line: 4, column: 1, offset: seed.indexOf("① 회사는") });
    const paragraph = item.children[0] as Paragraph;
    expect(paragraph.position!.start.column).toBe(3);
    // An item's position covers its nested list.
    expect(item.position!.end.line).toBe(5);
  });
});

describe("parseText on corpus policies", () => {
  itWithCorpus("03: ■ sections with 가./나. subsections, o and - bullets" + CORPUS_NOTE, () => {
    const text = corpus("03_twarelab.txt");
    const root = parseText(text);
    expect(headings(root)).toEqual([
      [2, "■ 수집하는 개인정보 항목 및 수집방법"],
      [3, "가. 수집하는 개인정보의 항목"],
      [3, "나. 수집방법"],
      [2, "■ 개인정보의 수집 및 이용목적"],
      [2, "■ 개인정보의 보유 및 이용기간"],
      [3, "가. 회사 내부방침에 의한 정보보유 사유"],
      [3, "나. 관련 법령에 의한 정보 보유 사유"],
      [2, "■ 개인정보의 파기절차 및 방법"],
      [2, "■ 개인정보 제공"],
      [2, "■ 수집한 개인정보의 위탁"],
      [2, "■ 이용자 및 법정대리인의 권리와 그 행사방법"],
      [2, "■ 개인정보 자동수집 장치의 설치, 운영 및 그 거부에 관한 사항"],
      [2, "■ 개인정보에 관한 민원서비스"],
    ]);
    // "-보존기간 : 5년" under "o 계약 또는 청약철회 등에 관한 기록"
    expect(listItems(root).find((item) => item.line === 35)).toEqual({ depth: 2, line: 35, text: "보존기간 : 5년" });
    expect(blockLines(root)).toEqual(nonBlankLines(text));
    expectValidPositions(text, root);
  });

  itWithCorpus("05: a 1.–12. outline with 가./나. subsections and <…> labels" + CORPUS_NOTE, () => {
    const text = corpus("05_jellive-2017.txt");
    const root = parseText(text);
    expect(headings(root)).toEqual([
      [2, "1. 수집하는 개인정보의 항목 및 수집방법"],
      [3, "가. 수집하는 개인정보의 항목"],
      [4, "< 회원 가입 시 : 휴대폰인증, 아이핀인증 가입>"],
      [4, "< 환전 인증 시>"],
      [3, "나. 개인정보 수집방법"],
      [2, "2. 개인정보의 수집 및 이용목적"],
      [3, "가. 서비스 제공에 관한 계약 이행 및 서비스 제공에 따른 요금정산"],
      [3, "나. 회원관리"],
      [3, "다. 신규 서비스 개발 및 마케팅?광고에의 활용"],
      [2, "3. 개인정보의 공유 및 제공"],
      [2, "4. 개인정보의 취급위탁"],
      [2, "5. 개인정보의 보유 및 이용기간"],
      [3, "가. 회사 내부 방침에 의한 정보보유 사유"],
      [3, "나. 관련법령에 의한 정보보유 사유"],
      [2, "6. 개인정보 파기절차 및 방법"],
      [3, "가. 파기절차"],
      [3, "나. 파기방법"],
      [2, "7. 이용자 및 법정대리인의 권리와 그 행사방법"],
      [2, "8. 개인정보 자동 수집 장치의 설치/운영 및 거부에 관한 사항"],
      [3, "가. 쿠키란?"],
      [3, "나. 회사의 쿠키 사용 목적"],
      [3, "다. 쿠키의 설치/운영 및 거부"],
      [2, "9. 개인정보의 기술적/관리적 보호 대책"],
      [3, "가. 비밀번호 암호화"],
      [3, "나. 해킹 등에 대비한 대책"],
      [3, "다. 취급 직원의 최소화 및 교육"],
      [3, "라. 개인정보보호전담기구의 운영"],
      [2, "10. 개인정보관리책임자 및 담당자의 연락처"],
      [3, "개인정보/청소년보호 관리 담당자"],
      [2, "11. 기타"],
      [2, "12. 고지의 의무"],
    ]);
    expect(blockLines(root)).toEqual(nonBlankLines(text));
    expectValidPositions(text, root);
  });

  it("11: numbered sections, including ones that carry their first sentence", () => {
    const text = fixture("11_devjy-sombra-app-2018.txt");
    const root = parseText(text);
    expect(headings(root)).toEqual([
      [2, "1. DEVJY는 이용자의 개인정보를 매우 중요하게 생각하며 각별히 주의를 기울여 처리하고 있습니다."],
      [2, "2. 정보 주체의 권리, 의무 및 그 행사방법 이용자는 개인정보 주체로서 다음과 같은 권리를 행사할 수 있습니다."],
      [2, "3. 처리하는 개인정보의 항목 작성"],
      [
        2,
        "4. 개인정보의 파기 DEVJY은(는) 원칙적으로 개인정보 처리목적이 달성된 경우에는 지체없이 해당 개인정보를 파기합니다. 파기의 절차, 기한 및 방법은 다음과 같습니다.",
      ],
      [
        2,
        "5. 개인정보의 안정성 확보 조치 DEVJY은 (는) 개인정보보호법 제29에 따라 다음과 같이 안정성 확보에 필요한 기술적/관리적 및 물리적 조치를 하고 있습니다.",
      ],
      [2, "6. 개인정보 보호책임자 작성"],
      [3, "▶ 개인정보 보호책임자 및 담당부서"],
      [2, "7. 개인정보 처리방침 변경"],
    ]);
    // 1) … 4) separated by blank lines are one list, not four headings.
    const rights = listItems(root).filter((item) => item.line >= 7 && item.line <= 13);
    expect(rights.map((item) => item.text)).toEqual(["개인정보 열람요구", "오류 등이 있을 경우 정정 요구", "삭제요구", "처리정지 요구"]);
    expect(blockLines(root)).toEqual(nonBlankLines(text));
    expectValidPositions(text, root);
  });

  itWithCorpus("21: a table of contents is a list; the numbered sections and (1) subsections are headings" + CORPUS_NOTE, () => {
    const text = corpus("21_xray21-teleradiology-clinic-2014-from-java.txt");
    const root = parseText(text);
    expect(headings(root)).toEqual([
      [2, "1. 수집하는 개인정보 항목 및 수집방법"],
      [3, "(1) 수집하는 개인정보의 항목"],
      [3, "(2) 개인정보 수집방법"],
      [2, "2. 개인정보의 수집 및 이용목적"],
      [3, "(1) 고객관리"],
      [3, "(2) 서비스 제공"],
      [3, "(3) 마케팅 및 광고에 활용"],
      [2, "3. 개인정보의 보유 및 이용기간"],
      [2, "4. 개인정보의 파기절차 및 방법"],
      [3, "(1) 파기절차"],
      [3, "(2) 파기방법"],
      [2, "5. 수집한 개인정보의 위탁"],
      [2, "6. 제3자에게의 개인정보 제공"],
      [2, "7. 이용자 및 법정대리인의 권리와 그 행사방법"],
      [2, "8. 개인정보 자동수집 장치의 설치, 운영 및 그 거부에 관한 사항"],
      [3, "(1) 쿠키 등 사용 목적"],
      [3, "(2) 쿠키 설정 거부 방법"],
      [2, "9. 기타 개인정보 취급에 관한 방침"],
      [3, "(1) 개인정보의 안전성 확보 조치"],
      [4, "내부관리계획의 수립 및 시행"],
      [4, "접근통제장치의 설치 및 운영"],
      [3, "(2) 이메일 무단수집 거부 방침"],
      [2, "10. 개인정보 관리책임자 및 상담ㆍ신고"],
      [3, "(1) 개인정보 보호책임자"],
      [3, "(2) 개인정보 보호 담당부서"],
      [3, "(3) 기타 기관"],
      [2, "11. 개인정보 처리방침 변경"],
    ]);
    const toc = root.children.find((node): node is List => node.type === "list")!;
    expect(toc).toMatchObject({ ordered: true, start: 1 });
    expect(toc.children.map((item) => item.position!.start.line)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(blockLines(root)).toEqual(nonBlankLines(text));
    expectValidPositions(text, root);
  });

  it("23: unmarked section titles between body paragraphs", () => {
    const text = fixture("23_younginch-subcloud-i18n-json-fragment.txt");
    const root = parseText(text);
    expect(headings(root)).toEqual([
      [2, "개인정보의 처리 목적"],
      [2, "개인정보의 처리 및 보유 기간"],
      [2, "처리하는 개인정보의 항목"],
      [2, "개인정보의 파기절차 및 파기방법"],
      [2, "정보주체와 법정대리인의 권리·의무 및 그 행사방법에 관한 사항"],
    ]);
    expect(root.children.every((node) => node.type === "heading" || node.type === "paragraph")).toBe(true);
    expect(blockLines(root)).toEqual(nonBlankLines(text));
    expectValidPositions(text, root);
  });

  itWithCorpus("33: 제N조(…) articles whose 1. clauses are list items, and 부칙" + CORPUS_NOTE, () => {
    const text = corpus("33_pintogether-map-sns-from-tsx.txt");
    const root = parseText(text);
    const titles = [
      "목적",
      "개인정보 처리의 원칙",
      "본 방침의 공개",
      "본 방침의 변경",
      "회원 가입을 위한 정보",
      "개인정보 수집 방법",
      "개인정보의 이용",
      "개인정보의 처리 위탁",
      "개인정보의 보유 및 이용기간",
      "법령에 따른 개인정보의 보유 및 이용기간",
      "개인정보의 파기원칙",
      "개인정보파기절차",
      "개인정보파기방법",
      "광고성 정보의 전송 조치",
      "이용자의 의무",
      "개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항",
      "쿠키 설치 허용 지정 방법",
      "권익침해에 대한 구제방법",
    ];
    expect(headings(root)).toEqual([
      [1, "개인정보처리방침"],
      ...titles.map((title, i): [Depth, string] => [2, `제${i + 1}조(${title})`]),
      [2, "부칙"],
    ]);
    // "1. 전자상거래 … 보유기간" heads indented "a." items: a list, not a heading.
    const retention = listItems(root).filter((item) => item.line >= 37 && item.line <= 41);
    expect(retention.map(({ line, depth }) => [line, depth])).toEqual([
      [37, 1],
      [38, 2],
      [39, 2],
      [40, 2],
      [41, 2],
    ]);
    // Under 부칙, "제1조 본 방침은 … 시행됩니다." is a sentence, not an article heading.
    expect(root.children.at(-1)).toMatchObject({ type: "paragraph" });
    expect(blockLines(root)).toEqual(nonBlankLines(text));
    expectValidPositions(text, root);
  });

  it("37: quoted section titles", () => {
    const text = fixture("37_aifeed-app-translated-generator-2024.txt");
    const root = parseText(text);
    expect(headings(root)).toEqual(
      [
        "'용어 정의'",
        "'개인 데이터 수집 및 사용'",
        "'수집되는 데이터 유형'",
        "'개인 데이터 사용'",
        "'개인 데이터 공유'",
        "'데이터 보존 및 이전'",
        "'귀하의 권리'",
        "'보안 및 어린이 개인 정보 보호'",
        "'외부 링크'",
        "'정책 업데이트'",
        "'문의하기'",
      ].map((title) => [2, title]),
    );
    expect(blockLines(root)).toEqual(nonBlankLines(text));
    expectValidPositions(text, root);
  });
});

describe("parseText heuristics", () => {
  it("gives an empty root for empty or blank text", () => {
    for (const text of ["", "\n\n", "   \n\t\n\u3000"]) {
      const root = parseText(text);
      expect(root.children).toEqual([]);
      expectValidPositions(text, root);
    }
  });

  it("reads article lines in their common spellings", () => {
    const root = parseText(
      ["제 1 조(목적)", "본문입니다.", "제2조(개인정보의 처리목적)", "본문입니다.", "제3조 개인정보의 파기", "본문입니다."].join("\n"),
    );
    expect(headings(root)).toEqual([
      [2, "제 1 조(목적)"],
      [2, "제2조(개인정보의 처리목적)"],
      [2, "제3조 개인정보의 파기"],
    ]);
  });

  it("nests heading styles in the order they first appear", () => {
    const body = "본문입니다.";
    const root = parseText(
      ["개인정보 처리방침", "Ⅰ. 총칙", body, "□ 처리 목적", body, "(1) 회원 관리", body, "【보유 기간】", body, "Ⅱ. 기타", body].join("\n"),
    );
    expect(headings(root)).toEqual([
      [1, "개인정보 처리방침"],
      [2, "Ⅰ. 총칙"],
      [3, "□ 처리 목적"],
      [4, "(1) 회원 관리"],
      [5, "【보유 기간】"],
      [2, "Ⅱ. 기타"],
    ]);
  });

  it("puts unmarked subheadings one level below the current marked heading", () => {
    const root = parseText(
      ["1. 개인정보의 파기", "회사는 지체 없이 파기합니다.", "파기절차", "절차는 다음과 같습니다.", "(1) 파기방법", "본문입니다.", "종이 문서", "분쇄합니다."].join("\n"),
    );
    expect(headings(root)).toEqual([
      [2, "1. 개인정보의 파기"],
      [3, "파기절차"],
      [3, "(1) 파기방법"],
      [4, "종이 문서"],
    ]);
  });

  it("tells unmarked subheadings from labels, addresses, lists, fragments and sentences", () => {
    const candidates = [
      "파기절차",
      "개인정보 보호책임자 및 고충처리 담당부서에 관한 사항",
      "개인정보 보호책임자 및 고충처리 담당부서에 관한 내용들",
      "수집 항목: 이름",
      "문의 www.example.com",
      "https://example.com",
      "privacy@example.com",
      "이름, 이메일, 휴대전화번호",
      "개인정보를",
      "2024년 개정",
      "확인해 주세요)",
      "개요",
      "부 칙",
    ];
    const root = parseText(candidates.flatMap((line) => ["본문입니다.", line]).concat("본문입니다.").join("\n"));
    expect(headings(root)).toEqual([
      [2, "파기절차"],
      [2, "개인정보 보호책임자 및 고충처리 담당부서에 관한 사항"],
      [2, "개요"],
      [2, "부 칙"],
    ]);
  });

  it("does not take references or sentences that start with 제N조 for articles", () => {
    const root = parseText(["제18조에 따라 별도의 동의를 받습니다", "제1조 본 방침은 2024년 1월 1일부터 시행됩니다."].join("\n"));
    expect(headings(root)).toEqual([]);
  });

  it("keeps numbered sentences as list items and nests ⑴/가. under them", () => {
    const root = parseText(
      [
        "제1조(수집 항목)",
        "1. 회사는 다음의 정보를 수집합니다.",
        "2. 수집 항목: 이름, 이메일",
        "3. 회사는 다음 방법으로 수집합니다.",
        "가. 홈페이지",
      ].join("\n"),
    );
    expect(headings(root)).toEqual([[2, "제1조(수집 항목)"]]);
    expect(listItems(root).map(({ depth, text }) => [depth, text])).toEqual([
      [1, "회사는 다음의 정보를 수집합니다."],
      [1, "수집 항목: 이름, 이메일"],
      [1, "회사는 다음 방법으로 수집합니다."],
      [2, "홈페이지"],
    ]);
  });

  it("does not take short item lines without markers for subheadings", () => {
    const root = parseText(
      [
        "■ 수집 방법",
        "회사는 다음 방법으로 수집합니다.",
        "홈페이지, 서면양식, 이메일 등을 통한 수집",
        "생성정보 수집 툴을 통한 수집",
        "본문이 이어집니다.",
        "",
        "이용자들이 사전에 동의한 경우",
        "법률에 따라 요구되는 경우에는 제공합니다.",
      ].join("\n"),
    );
    expect(headings(root)).toEqual([[2, "■ 수집 방법"]]);
  });

  it("reads pipe tables with and without a delimiter row", () => {
    const root = parseText(["| 구분 | 항목 |", "|---|---|", "| 필수 | 이름 |", "", "a | b", "c | d"].join("\n"));
    expect(tables(root)).toEqual([
      [
        ["구분", "항목"],
        ["필수", "이름"],
      ],
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ]);
  });

  it("reads tab-separated and space-aligned tables", () => {
    const text = [
      "구분\t항목\t보유 기간",
      "필수\t이름, 이메일\t회원 탈퇴 시",
      "",
      "수탁업체        위탁업무          보유 기간",
      "(주)카카오      알림톡 발송       위탁 계약 종료 시",
      "AWS             서버 운영         위탁 계약 종료 시",
    ].join("\n");
    expect(tables(parseText(text))).toEqual([
      [
        ["구분", "항목", "보유 기간"],
        ["필수", "이름, 이메일", "회원 탈퇴 시"],
      ],
      [
        ["수탁업체", "위탁업무", "보유 기간"],
        ["(주)카카오", "알림톡 발송", "위탁 계약 종료 시"],
        ["AWS", "서버 운영", "위탁 계약 종료 시"],
      ],
    ]);
  });

  it("does not take prose with double spaces for a table", () => {
    const root = parseText(["회사는 정보를 수집합니다.  수집한 정보는 보관합니다.", "이용자는 거부할 수 있습니다.  다만 불편이 있습니다."].join("\n"));
    expect(tables(root)).toEqual([]);
  });

  it("splits a flattened four-column provision table by cell shapes", () => {
    const text = [
      "제공받는 자 제공 목적 제공 항목 보유 및 이용 기간",
      "(주)케이지이니시스 결제 처리 이름, 카드번호 회원 탈퇴 시까지",
      "Google LLC 이용 통계 분석 기기정보, 접속 로그 수집일로부터 14개월",
      "회사는 위 업체가 개인정보를 안전하게 처리하도록 감독합니다.",
    ].join("\n");
    const root = parseText(text);
    expect(tables(root)).toEqual([
      [
        ["제공받는 자", "제공 목적", "제공 항목", "보유 및 이용 기간"],
        ["(주)케이지이니시스", "결제 처리", "이름, 카드번호", "회원 탈퇴 시까지"],
        ["Google LLC", "이용 통계 분석", "기기정보, 접속 로그", "수집일로부터 14개월"],
      ],
    ]);
    expect(root.children.at(-1)).toMatchObject({ type: "paragraph" });
    expectValidPositions(text, root);
  });

  it("needs a whole line of header terms before reading rows as a flattened table", () => {
    const root = parseText(["개인정보 보유 기간", "회원 탈퇴 시까지 보관합니다", "기타 기록 3년"].join("\n"));
    expect(tables(root)).toEqual([]);
  });

  it("keeps <br> and similar markup lines out of the headings", () => {
    const root = parseText(["<br>", "본문입니다."].join("\n"));
    expect(headings(root)).toEqual([]);
  });

  it("positions the last line of text without a trailing newline", () => {
    const text = "제1조(목적)\n본문";
    const root = parseText(text);
    expect(root.position).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 3, offset: text.length } });
    expectValidPositions(text, root);
  });
});

describe("parseText on hostile input", () => {
  const cases: [string, string][] = [
    ["200k ① on one line", "①".repeat(200_000)],
    ["50k ① items", "① 가\n".repeat(50_000)],
    ["1 MB of digits", "1".repeat(1_000_000)],
    ["1 MB of digits and a dot", `${"1".repeat(1_000_000)}. 제목`],
    ["100k 제", "제".repeat(100_000)],
    ["100k 제 with spaces", "제 ".repeat(100_000) + "조"],
    ["1 MB of dots", ".".repeat(1_000_000)],
    ["nested brackets", "[".repeat(500_000) + "]".repeat(500_000)],
    ["1 MB of (", "(".repeat(1_000_000)],
    ["1 MB of @", "@".repeat(1_000_000)],
    ["1 MB of -", "-".repeat(1_000_000)],
    ["1 MB of |", "|".repeat(1_000_000)],
    ["1 MB of colons", ":".repeat(1_000_000)],
    ["1 MB of tabs", "\t".repeat(1_000_000) + "x"],
    ["5 MB single line", "개인정보를 처리합니다  ".repeat(400_000)],
  ];
  for (const [name, text] of cases) {
    it(`handles ${name}`, () => {
      const root = parseText(text);
      const lines = nonBlankLines(text);
      expect(blockLines(root)).toEqual(lines);
    });
  }

  it("keeps deep indentation ladders shallow", () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `${" ".repeat(i)}- 항목`).join("\n");
    const root = parseText(text);
    let depth = 0;
    let node: Nodes | undefined = root.children[0];
    while (node?.type === "list") {
      depth++;
      const item: ListItem = node.children[node.children.length - 1];
      node = item.children[1];
    }
    expect(depth).toBeLessThanOrEqual(6);
    expect(listItems(root)).toHaveLength(2_000);
  });

  it("handles a 5 MB policy", () => {
    const copies = Math.ceil(5_000_000 / seed.length);
    const root = parseText(seed.repeat(copies));
    expect(root.children.filter((node) => node.type === "table")).toHaveLength(copies);
    expect(root.children.filter((node) => node.type === "heading" && node.depth === 2)).toHaveLength(15 * copies);
  }, 60_000);

  it("handles many unaligned gap lines and long tables", () => {
    const text = "가  나  다\n가나다  라  마\n".repeat(20_000) + "수탁업체 위탁업무 보유 기간\n" + "(주)가나 결제 대행 회원 탈퇴 시까지\n".repeat(20_000);
    const root = parseText(text);
    expect(tables(root).map((table) => table.length)).toEqual([40_000, 20_001]);
  });
});

describe("parseText: captions and emphasised outlines", () => {
  it("makes a short line directly above a table its caption subheading, marked or not", () => {
    const text = [
      "제5조(개인정보의 제3자 제공)",
      "회사는 이용자가 동의한 경우에만 제3자에게 제공합니다.",
      "④ 처리 위탁",
      "수탁 업체 | 맡긴 업무",
      "가나다정보통신 | 본인 확인",
      "",
      "제6조(개인정보의 파기)",
      "목적이 달성되면 지체 없이 파기합니다.",
      "보존 기록 현황",
      "기록\t기간",
      "접속 기록\t3개월",
    ].join("\n");
    const root = parseText(text);
    expect(headings(root)).toEqual([
      [2, "제5조(개인정보의 제3자 제공)"],
      [3, "④ 처리 위탁"],
      [2, "제6조(개인정보의 파기)"],
      [3, "보존 기록 현황"],
    ]);
    expect(tables(root).map((t) => t[0])).toEqual([["수탁 업체", "맡긴 업무"], ["기록", "기간"]]);
    expectValidPositions(text, root);
  });

  it("leaves a sentence or a separated line above a table alone", () => {
    const text = ["제1조(위탁)", "회사는 다음과 같이 위탁합니다.", "수탁 업체 | 맡긴 업무", "가나다정보통신 | 본인 확인", "", "참고 사항", "", "구분 | 내용", "가 | 나"].join("\n");
    expect(headings(parseText(text))).toEqual([[2, "제1조(위탁)"]]);
  });

  it("reads the outline number inside a line written in bold", () => {
    // Short noun lines as bodies: without its outline number a bold line would read as one more of them.
    const text = ["앱 개인정보 처리방침", "**1. 모으는 정보**", "기기 토큰", "**2. 정보 활용**", "알림 발송", "**3. 내 데이터 관리**", "앱 설정 화면"].join("\n");
    const root = parseText(text);
    expect(headings(root)).toEqual([
      [1, "앱 개인정보 처리방침"],
      [2, "**1. 모으는 정보**"],
      [2, "**2. 정보 활용**"],
      [2, "**3. 내 데이터 관리**"],
    ]);
  });
});
