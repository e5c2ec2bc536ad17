/**
 * Traditional → Simplified mapping for the characters that occur most in job titles, job descriptions
 * and CVs (general frequency lists plus the vocabulary of trades, industry, finance, health, IT, logistics).
 * Written as pairs "繁简" so the table stays compact and reviewable. Only one-to-one mappings are listed:
 * characters whose simplification depends on the word (乾/干, 著/着, 藉/借 …) are left out on purpose,
 * because a wrong guess would damage the original text more than leaving it traditional.
 */
const PAIRS =
  '們们個个來来東东為为爲为這这會会時时國国對对說说學学動动發发過过後后經经從从現现開开關关與与長长' +
  '點点業业產产當当種种問问機机進进實实門门話话間间體体還还頭头電电員员將将聽听見见認认讓让應应無无' +
  '樣样處处區区報报車车書书頁页寫写場场計计設设務务術术師师導导營营銷销資资訊讯網网絡络軟软數数據据' +
  '庫库係系統统維维護护築筑勞劳歷历驗验險险檢检測测質质標标準准規规劃划項项組组織织線线綫线練练級级' +
  '紀纪約约給给結结績绩總总辦办幹干專专際际職职責责負负貨货販贩購购貿贸費费賬账帳帐貸贷買买賣卖價价' +
  '錢钱銀银證证財财稅税審审議议論论調调諮咨詢询講讲課课讀读譯译語语評评診诊療疗醫医藥药衛卫齒齿鍊炼' +
  '煉炼鐵铁鋼钢鋁铝銅铜鎢钨鑄铸鍛锻鉗钳裝装備备製制廠厂輛辆駕驾駛驶運运輸输郵邮遞递倉仓儲储採采廣广' +
  '傳传視视聞闻編编輯辑記记攝摄藝艺樂乐劇剧畫画圖图層层廳厅飯饭館馆廚厨麵面雞鸡魚鱼豬猪農农漁渔園园' +
  '獸兽寵宠環环綠绿氣气熱热燈灯爐炉壓压礦矿鈷钴鋰锂釹钕鏈链陽阳陰阴習习鄉乡縣县單单雙双億亿萬万兒儿' +
  '親亲愛爱戰战軍军權权黨党憲宪義义聯联協协團团隊队領领監监顧顾顯显狀状況况態态適适選选擇择優优勢势' +
  '強强壞坏舊旧龍龙鳥鸟馬马閱阅閒闲闆板櫃柜檯台臺台檔档樓楼構构槍枪橋桥櫥橱歡欢歲岁殺杀殼壳決决沒没' +
  '減减濟济滿满潔洁濕湿灣湾災灾烏乌煙烟燒烧爭争爾尔牆墙獨独獲获畢毕盡尽盤盘眾众衆众確确碼码礎础禮礼' +
  '離离稱称穩稳窮穷競竞筆笔節节範范簡简簽签糧粮紅红純纯紙纸細细終终綜综緊紧繫系續续罰罚聖圣聲声脅胁' +
  '腦脑腳脚臉脸臨临興兴舉举艙舱蘭兰號号補补複复覺觉觀观訂订討讨訓训託托訪访許许詞词試试詩诗該该誌志' +
  '誤误請请諸诸談谈識识譜谱變变貝贝貢贡貴贵貼贴賓宾賠赔賞赏賴赖賽赛贊赞趕赶趨趋跡迹踐践軌轨較较載载' +
  '輔辅輕轻輪轮轉转迴回連连週周達达違违遠远遺遗邊边鄰邻釋释裡里裏里針针鈕钮鋪铺錄录錯错鍵键鎮镇閃闪' +
  '閉闭閣阁閥阀陣阵陸陆陳陈隨随隱隐雖虽雜杂雲云靈灵靜静韓韩頂顶順顺須须預预頻频題题額额顏颜類类風风' +
  '飛飞飲饮養养餘余驅驱髮发鬥斗鮮鲜麥麦黃黄齊齐幣币幫帮並并亞亚僅仅儀仪內内兩两冊册劑剂勵励勝胜參参' +
  '嚴严圍围執执塊块夢梦奮奋婦妇媽妈孫孙寧宁寬宽屬属嶺岭廢废張张彈弹徵征復复慣惯憶忆懷怀戲戏戶户擁拥' +
  '擊击擔担擴扩攜携敗败斷断晉晋暫暂條条極极榮荣槓杠歐欧歸归漢汉煩烦牽牵獎奖瑪玛異异盜盗積积穀谷篩筛' +
  '籃篮糾纠納纳紗纱紡纺紮扎紹绍絕绝絲丝綁绑綱纲緒绪締缔緩缓縫缝縮缩繪绘繼继纜缆罷罢羅罗膚肤舖铺藍蓝' +
  '蘇苏蟲虫衝冲褲裤觸触詳详誠诚誼谊謝谢貓猫賀贺賺赚趙赵辯辩釀酿鑑鉴鑒鉴鑰钥難难霧雾響响願愿飼饲飾饰' +
  '駐驻鬆松麗丽齡龄磚砖祕秘縣县聰聪腸肠膠胶臟脏艦舰虛虚訴诉註注詐诈譽誉貧贫賈贾蹤踪軸轴鍋锅錶表鐘钟' +
  '閘闸隸隶韌韧顆颗饋馈髒脏鬍胡紋纹鈑钣鉚铆銲焊鋸锯鑽钻殯殡喪丧獄狱揀拣擋挡攤摊擬拟壽寿於于隻只麼么' +
  '嗎吗廁厕務务員员幾几鬧闹齣出寶宝氫氢氧氧碳碳鈉钠鎂镁鋅锌鉛铅錫锡鎳镍鉻铬鈦钛釩钒鍍镀鑲镶銑铣鏟铲' +
  '錘锤螺螺絞绞軋轧鍍镀淨净塗涂漿浆蝕蚀貯贮噴喷燃燃靶靶礦矿鑛矿鈾铀鉀钾碩硕論论訟讼贖赎債债賦赋賄贿' +
  '賃赁賒赊頓顿頸颈顱颅療疗癒愈瘡疮癮瘾體体腎肾膽胆膿脓臟脏藥药麻麻醬酱餅饼饅馒餃饺鍋锅瓏珑璽玺瑣琐' +
  '園园邏逻輯辑碼码構构遊游戲戏劃划築筑匯汇兌兑貨货幣币帶带運运輸输倉仓儲储裝装卸卸遞递郵邮籌筹捐捐' +
  '慶庆禦御衛卫警警獄狱偵侦緝缉辯辩護护';

function buildTable(): Map<number, string> {
  const table = new Map<number, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i];
    const to = chars[i + 1];
    if (from !== to) table.set(from.codePointAt(0)!, to);
  }
  return table;
}

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, string> = buildTable();

/** Per UTF-16 code unit: 1 when it is a listed character, or a high surrogate (a code point to look up). */
const MAY_MAP: Uint8Array = (() => {
  const flags = new Uint8Array(0x10000);
  for (const code of TRADITIONAL_TO_SIMPLIFIED.keys()) {
    if (code < 0x10000) flags[code] = 1;
    else flags.fill(1, 0xd800, 0xdc00);
  }
  return flags;
})();

/** Replace the listed Traditional characters by their Simplified form; everything else is kept. */
export function toSimplified(text: string): string {
  // Most text has no listed character: one pass over the code units finds that without building a copy.
  let i = 0;
  while (i < text.length && MAY_MAP[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = '';
  let changed = false;
  for (const ch of text) {
    const mapped = TRADITIONAL_TO_SIMPLIFIED.get(ch.codePointAt(0)!);
    if (mapped !== undefined) {
      out += mapped;
      changed = true;
    } else {
      out += ch;
    }
  }
  return changed ? out : text;
}
