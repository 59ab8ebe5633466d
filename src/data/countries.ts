/**
 * Country names as policies write them in an overseas-transfer disclosure (「개인정보 보호법」
 * 제28조의8제2항: "이전되는 국가"), so that a version that adds a destination can be told from one
 * that does not. Latin aliases match as whole words.
 */
export interface Country {
  readonly name: string;
  readonly aliases: readonly string[];
}

export const COUNTRIES_SOURCE = "pipa.md §1.5 R09";

export const COUNTRIES: readonly Country[] = [
  { name: "미국", aliases: ["미국", "미합중국", "USA", "United States", "U.S."] },
  { name: "일본", aliases: ["일본", "Japan"] },
  { name: "중국", aliases: ["중국", "China", "PRC"] },
  { name: "홍콩", aliases: ["홍콩", "Hong Kong"] },
  { name: "대만", aliases: ["대만", "Taiwan"] },
  { name: "싱가포르", aliases: ["싱가포르", "싱가폴", "Singapore"] },
  { name: "베트남", aliases: ["베트남", "Vietnam"] },
  { name: "인도네시아", aliases: ["인도네시아", "Indonesia"] },
  { name: "태국", aliases: ["태국", "Thailand"] },
  { name: "필리핀", aliases: ["필리핀", "Philippines"] },
  { name: "말레이시아", aliases: ["말레이시아", "Malaysia"] },
  { name: "인도", aliases: ["인도", "India"] },
  { name: "호주", aliases: ["호주", "오스트레일리아", "Australia"] },
  { name: "뉴질랜드", aliases: ["뉴질랜드", "New Zealand"] },
  { name: "캐나다", aliases: ["캐나다", "Canada"] },
  { name: "브라질", aliases: ["브라질", "Brazil"] },
  { name: "멕시코", aliases: ["멕시코", "Mexico"] },
  { name: "영국", aliases: ["영국", "United Kingdom", "UK"] },
  { name: "아일랜드", aliases: ["아일랜드", "Ireland"] },
  { name: "독일", aliases: ["독일", "Germany"] },
  { name: "프랑스", aliases: ["프랑스", "France"] },
  { name: "네덜란드", aliases: ["네덜란드", "Netherlands"] },
  { name: "벨기에", aliases: ["벨기에", "Belgium"] },
  { name: "스웨덴", aliases: ["스웨덴", "Sweden"] },
  { name: "핀란드", aliases: ["핀란드", "Finland"] },
  { name: "스위스", aliases: ["스위스", "Switzerland"] },
  { name: "이스라엘", aliases: ["이스라엘", "Israel"] },
  { name: "아랍에미리트", aliases: ["아랍에미리트", "UAE"] },
  { name: "유럽연합", aliases: ["유럽연합", "EU", "European Union"] },
];
