// Builds the PDF font: a TrueType subset of Noto Serif SC Regular that covers what school
// forms contain (GB2312, the 8105 characters of 通用规范汉字表, punctuation, ASCII).
// jsPDF embeds TrueType only (not CFF 'OTTO' nor collections) and reads only cmap format 4,
// so the 196 table characters beyond U+FFFF are left out: no PDF could show them anyway.
// Run with plain Node (>= 20); it skips work when the output is newer than script and source.
// Writes public/fonts/NotoSerifSC-subset.ttf (not committed) and public/fonts/font-info.json.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import subsetFont from 'subset-font';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'node_modules/@expo-google-fonts/noto-serif-sc/400Regular');
const outDir = join(root, 'public/fonts');
const outFont = join(outDir, 'NotoSerifSC-subset.ttf');
const outInfo = join(outDir, 'font-info.json');
const MUST_HAVE = ['㛃', '堃']; // rare characters in real pupils' names

// 通用规范汉字表 (2013) characters that GB2312 lacks, in code point order: the entries with a
// kTGH value in Unicode's Unihan database (Unihan_OtherMappings.txt, Unicode 15.0). Regenerate:
//   bzcat Unihan_OtherMappings.txt.bz2 | awk '$2=="kTGH"{print $1}'  minus the GB2312 set below.
const TGH_BEYOND_GB2312 = [
  '㑇㑊㕮㘎㙍㙘㙦㛃㛚㛹㟃㠇㠓㤘㥄㧐㧑㧟㫰㬊㬎㬚㭎㭕㮾㰀㳇㳘㳚㴔㵐㶲㸆㸌㺄㻬㽏㿠䁖䂮',
  '䃅䃎䅟䌹䎃䎖䏝䏡䏲䐃䓖䓛䓨䓫䓬䗖䗛䗪䗴䜣䝙䢺䢼䣘䥽䦃䲟䲠䲢䴓䴔䴕䴖䴗䴘䴙䶮丏乂乸',
  '亶亸亹伈伋伣伭伾佁佖佸佺佽侁侂侘侴侹俍俙俫俵俶倓倕倞倧倴倻偁偓偡偭偰偲傃傉傒傕僇',
  '僎僔僰儦儳儴冏冔冮凓凘刬剅剋剕剟劄劼勍勔勚勠匜匼卬厖厾叆叇叕叚吽呇呣咇咉咍咡咥咺',
  '哃哢哱唝唵啫啰啴喆喤嗐嗞嘚嘡噀噂噇嚄嚚嚭囷圌圐圙圢圫圲坉坋坒坥坬坰坽垈垍垎垏垕垙',
  '垚垞垟垯垱垵垺垾垿埆埇埌埗埪埫埵埼堃堉堌堎堐堧堨堲堼堽堾塅塆塝塱墈墐墕墘墡墣墦壸',
  '夐夬奓奡奭妘妧妭姈姞姤姮姱姶姽娀娵婌婍婘婞婠婤婫婳婻婼媂媄媆媓媖媞媭媱嫄嫕嫚嫪嫭',
  '嫽嬛嬥嬬嬿孅孖宧宬寁尨尪屃屼屾岊岞岠岨峂峃峗峘峛峣峧峱峿崀崁崄崌崒崚崟崡崶崿嵁嵅',
  '嵎嵖嵚嵲嶅嶍嶒嶓嶟嶦嶲巇巉帡帨幖幪庤庱庼廆廋廙弆弇弢弨弶弸彟彧徛忞忳忺恓恔悆悈悢',
  '悰惇惎惔惙惛愃愐愔愭慆慥慬慭憕憙憭憺戣戭扂扅扆扊扞扺扽抃抔拃拤挓挦捯捽掞揕揳搒摏',
  '摛摴摽擿攽敔敩斝斠斶旐旞旴旵旸旻旿昄昇昈昉昒昡昣昤昪昫昳昺昽晅晊晐晙晞晢晪晫晱暅',
  '暕暲暵暶暿曈曌朏朓朳朸杄杕杙杧杻枅枍枲枹柈柊柖柷栐栒栟栴栻桯桲桹梌梠梣梴梼梽梾梿',
  '棁棐棓棤棨棪棫棬棻棽椀椆椑椓椪椸楒楙楩楪楯榃榅榑榖榰槃槚槜槱橑橞橦檞櫆欂欸欻歅殣',
  '毌毐氾氿汈汋汧汫汭沄沇沘沚沨沺泂泃泇泙泚泜洈洑洓洘洢洣洨洭洴洸洺洿浉浐浕浛浟浡浥',
  '浬浭浰浲涄涍涐涘涢涴淏淜淟淯淴渟渰渼湉湑湜湝湣湲湴溁溇溍溚溞溠溦溵溹滃滆滉滍滘滧',
  '滪滫漈漋漖漦漴漷漹漻漼潏潖潟潩潵潽潾澂澛澥澪澭澴澼澽濋濩瀌瀍瀔瀱瀼灈炆炌炘炟炣烔',
  '烜烝烠烶烺烻焆焌焗焜焞煁煃煋煓煟煴熇熛熜熥熻燊燋燏燚爇爔爚爟牁牂牚牤牥牻犇犨狉狝',
  '猄猇猯猰猺獴玃玒玓玕玘玙玚玞玠玡玤玥玦玭玱玶玹玼玿珅珇珋珌珒珕珖珛珝珢珣珦珪珫珰',
  '珵珷珸珹珺珽琀琄琇琈琎琔琟琡琤琫琭琯琲瑀瑂瑃瑄瑅瑆瑑瑓瑔瑖瑝瑢瑧瑨瑬瑱瑳璆璈璒璘',
  '璟璠璥璪璬璮璱璲瓀瓖瓘瓻甗甡甦甪畖畤畬畯疁疍疐疢疭痓瘆癗癿皕皛皞皦皭盉盦盷眊眬睄',
  '睎瞋瞫瞭矞矰矻矼砄砆砠砫砮砵硁硊硍硔硙硚硿碃碈碏碨碶磏磜磡磹磻礌礵祃祇祊祋祎祏祐',
  '祕祲祼祾禋禒禔禘禛禤秬秾稌稑稙穄穙穜穟窅窊窎窣窸竑竘竫笯筀筜筤筥筦筶筼箓箖篯簃簉',
  '簕簝簠簰籥粿糒糵絜縠縢繄纮纴纻纼绖绤绹缊缐缞罍罶罽羑羓羕羖羱翀翂翃翈翙翚翛翯翷翾',
  '耇耏耑耤耰肸胈胠胣脟脩脿腒腘腨腯膙臑臜舠舥舲艅艎芃芠芣芼苉苧苾茀茋茓茝茽荁荄荓荖',
  '荙莙莝莿菂菉菍菼萚萣萩萳萹葎葖葰葴蒄蒐蒟蒨蒱蒻蓂蓇蓏蓢蔀蔃蔈蔊蕗蕰薁薢薳薸薿藟藠',
  '藦藨蘘虒虓虤虷虸蚄蚆蚲蛃蜎蜐蝘蝲螠螣螱蟏蟫蠋衃衎衒衠袆袗袪袯裈裛褕褟褯襕襚襜襫觃',
  '觟觭觱觿訄訚詟讱讻诇诐谞谼谿豨豮貆赑赒赗赟赪趯跂跐跱跶踒踦踶蹅蹐蹚蹜蹢蹽蹾轪辀辌',
  '辒辿迺逴遆遹邘邠邨邲邽邿郃郈郚郤郪郿鄀鄃鄅鄌鄑鄗鄘鄚鄜鄠鄫酂酅酦酺醨醾釐鋆钖钘铏',
  '铚铻锜锧锳锽镃镈镋镕镚镠镮镴镵闿阇阘陎陑陞隃隩隺雊雱霅霨靬靰靸靺靽靿鞁鞡鞧鞨鞬鞮',
  '鞳韂韨颋颎颙飏飐飔飗饳饸饹饻馃馉馌馝馞馧驲骃骉骍骎骕骙骦髃髎髢髽鬒鬘鬶鬷魆魋鱽鱾',
  '鲀鲃鲉鲊鲌鲏鲖鲗鲘鲙鲝鲪鲬鲯鲹鲾鲿鳀鳁鳂鳈鳉鳑鳒鳚鳛鳠鳡鳣鳤鸤鸧鸮鸰鸻鸼鹀鹍鹐鹒',
  '鹔鹖鹙鹝鹟鹠鹡鹢鹮鹯鹲鹴麀麑麖麹黇黡鼒鼩鼫鼱齁齇齉龁龂龢鿍鿎鿏𠅤𠙶𠳐𡎚𡐓𣗋𣲗𣲘𣸣',
  '𤧛𤩽𤫉𥔲𥕢𥖨𥻗𦈡𦒍𦙶𦝼𦭜𦰡𧿹𨐈𨙸𨚕𨟠𨭉𨱇𨱏𨱑𨱔𨺙𩽾𩾃𩾌𪟝𪣻𪤗𪨰𪨶𪩘𪾢𫄧𫄨𫄷𫄸𫇭𫌀',
  '𫍣𫍯𫍲𫍽𫐄𫐐𫐓𫑡𫓧𫓯𫓶𫓹𫔍𫔎𫔶𫖮𫖯𫖳𫗧𫗴𫘜𫘝𫘦𫘧𫘨𫘪𫘬𫚕𫚖𫚭𫛭𫞩𫟅𫟦𫟹𫟼𫠆𫠊𫠜𫢸',
  '𫫇𫭟𫭢𫭼𫮃𫰛𫵷𫶇𫷷𫸩𬀩𬀪𬂩𬃊𬇕𬇙𬇹𬉼𬊈𬊤𬌗𬍛𬍡𬍤𬒈𬒔𬒗𬕂𬘓𬘘𬘡𬘩𬘫𬘬𬘭𬘯𬙂𬙊𬙋𬜬',
  '𬜯𬞟𬟁𬟽𬣙𬣞𬣡𬣳𬤇𬤊𬤝𬨂𬨎𬩽𬪩𬬩𬬭𬬮𬬱𬬸𬬹𬬻𬬿𬭁𬭊𬭎𬭚𬭛𬭤𬭩𬭬𬭯𬭳𬭶𬭸𬭼𬮱𬮿𬯀𬯎',
  '𬱖𬱟𬳵𬳶𬳽𬳿𬴂𬴃𬴊𬶋𬶍𬶏𬶐𬶟𬶠𬶨𬶭𬶮𬷕𬸘𬸚𬸣𬸦𬸪𬹼𬺈𬺓',
].join('');

function fail(msg) {
  console.error(`build-font: ${msg}`);
  process.exit(1);
}

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** GB2312 rows 0xA1–0xA9 (symbols) and 0xB0–0xF7 (hanzi), decoded with the WHATWG gb18030 decoder. */
function gb2312() {
  const dec = new TextDecoder('gb18030');
  const out = [];
  for (const hi of [...range(0xa1, 0xa9), ...range(0xb0, 0xf7)])
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = dec.decode(new Uint8Array([hi, lo]));
      const cp = ch.codePointAt(0);
      // Unassigned positions decode to U+FFFD or to the private use area: not characters.
      if ([...ch].length === 1 && cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff)) out.push(cp);
    }
  return out;
}

/** Code points mapped by a TrueType cmap (formats 4 and 12); mirrors src/io/font-coverage.ts. */
function cmapCodePoints(buf) {
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const numTables = v.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++)
    if (v.getUint32(12 + 16 * i) === 0x636d6170) cmap = v.getUint32(12 + 16 * i + 8);
  if (cmap < 0) return new Set();
  const set = new Set();
  const n = v.getUint16(cmap + 2);
  for (let i = 0; i < n; i++) {
    const st = cmap + v.getUint32(cmap + 4 + 8 * i + 4);
    const format = v.getUint16(st);
    if (format === 4) {
      const seg = v.getUint16(st + 6) / 2;
      const ends = st + 14, starts = ends + 2 * seg + 2, deltas = starts + 2 * seg, ranges = deltas + 2 * seg;
      for (let s = 0; s < seg; s++) {
        const end = v.getUint16(ends + 2 * s), start = v.getUint16(starts + 2 * s);
        const delta = v.getUint16(deltas + 2 * s), ro = v.getUint16(ranges + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let g = ro === 0 ? c : v.getUint16(ranges + 2 * s + ro + 2 * (c - start));
          if (ro !== 0 && g === 0) continue;
          g = (g + delta) & 0xffff;
          if (g !== 0) set.add(c);
        }
      }
    } else if (format === 12) {
      const groups = v.getUint32(st + 12);
      for (let g = 0; g < groups; g++) {
        const p = st + 16 + 12 * g;
        const start = v.getUint32(p), end = v.getUint32(p + 4), glyph = v.getUint32(p + 8);
        for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) set.add(c);
      }
    }
  }
  return set;
}

const sfntTag = (buf) => buf.subarray(0, 4).toString('latin1');
const isTrueType = (buf) => buf.length > 12 && ['\0\x01\0\0', 'true'].includes(sfntTag(buf));

const srcName = existsSync(srcDir) && readdirSync(srcDir).find((f) => f.endsWith('.ttf'));
if (!srcName) fail(`no TTF in ${srcDir}: run npm install`);
const srcFont = join(srcDir, srcName);
const script = fileURLToPath(import.meta.url);

function report({ size, brotli }) {
  const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
  console.log(`build-font: ${outFont}\n  raw ${mb(size)} (${size} B), brotli ${mb(brotli)} (${brotli} B)`);
}

/** What is wrong with a built font, or null. */
function problem(font) {
  if (!isTrueType(font))
    return `${outFont} is not TrueType (sfnt version ${JSON.stringify(sfntTag(font))}); jsPDF needs TrueType`;
  const covered = cmapCodePoints(font);
  const lost = MUST_HAVE.filter((c) => !covered.has(c.codePointAt(0)));
  return lost.length ? `the subset lacks ${lost.join(' ')}` : null;
}

const mtime = (p) => statSync(p).mtimeMs;
if (
  existsSync(outFont) && existsSync(outInfo) &&
  mtime(outFont) > mtime(script) && mtime(outFont) > mtime(srcFont)
) {
  const wrong = problem(readFileSync(outFont));
  if (!wrong) {
    console.log('build-font: up to date');
    report(JSON.parse(readFileSync(outInfo, 'utf8')));
    process.exit(0);
  }
  console.warn(`build-font: ${wrong}; building it again`);
}

const source = readFileSync(srcFont);
if (!isTrueType(source)) fail(`${srcFont} is not TrueType`);
const inSource = cmapCodePoints(source);

const wanted = new Set([
  ...range(0x20, 0x7e), // ASCII printable
  ...range(0xa0, 0xff), // Latin-1: × ÷ ° · and the like
  ...range(0x2000, 0x206f), // general punctuation: “” ‘’ — … ‰ ※
  ...range(0x2160, 0x217f), // Roman numerals Ⅰ–Ⅻ (box numbers)
  ...range(0x2460, 0x24ff), // ① ⑴ ⒈
  ...range(0x3000, 0x303f), // CJK symbols and punctuation
  ...range(0x3220, 0x3243), // ㈠–㈩
  ...range(0xff01, 0xff5e), // full-width forms
  ...range(0xffe0, 0xffe6),
  ...gb2312(),
  ...[...TGH_BEYOND_GB2312].map((c) => c.codePointAt(0)),
]);
// jsPDF maps text to glyphs through cmap format 4, one UTF-16 unit at a time: characters
// beyond U+FFFF could never print, and keeping them adds a format 12 cmap to every PDF.
const beyondBmp = [...wanted].filter((cp) => cp > 0xffff);
const present = [...wanted].filter((cp) => cp <= 0xffff && inSource.has(cp));
const absentHan = [...wanted].filter((cp) => !inSource.has(cp) && /\p{Script=Han}/u.test(String.fromCodePoint(cp)));
if (absentHan.length)
  console.warn(`build-font: the source font lacks ${absentHan.length} hanzi: ${String.fromCodePoint(...absentHan)}`);
console.log(`build-font: leaving out ${beyondBmp.length} characters beyond U+FFFF (jsPDF cannot print them)`);
for (const c of MUST_HAVE)
  if (!inSource.has(c.codePointAt(0))) console.warn(`build-font: the source font lacks ${c}; it cannot be printed`);

const font = await subsetFont(source, String.fromCodePoint(...present), {
  targetFormat: 'truetype',
  // jsPDF reads none of these; vertical metrics and layout closure only add bytes.
  noLayoutClosure: true,
  dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'vhea', 'vmtx'],
});
const wrong = problem(font);
if (wrong) fail(wrong);
const covered = cmapCodePoints(font);

// Write-then-rename: parallel test workers may build at once, and none may read half a file.
const writeAtomic = (path, data) => {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
};
mkdirSync(outDir, { recursive: true });
const numGlyphs = (() => {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let i = 0; i < v.getUint16(4); i++)
    if (v.getUint32(12 + 16 * i) === 0x6d617870) return v.getUint16(v.getUint32(12 + 16 * i + 8) + 4);
  return 0;
})();
const info = {
  file: 'NotoSerifSC-subset.ttf',
  source: srcName,
  size: font.length,
  glyphs: numGlyphs,
  codePoints: covered.size,
  // What a server sends with Content-Encoding: br (quality 11, as for precompressed assets).
  brotli: brotliCompressSync(font).length,
  sha256: createHash('sha256').update(font).digest('hex'),
};
writeAtomic(outInfo, JSON.stringify(info, null, 2) + '\n');
writeAtomic(outFont, font); // last: its mtime marks the build as done
console.log(`build-font: ${info.glyphs} glyphs, ${info.codePoints} code points`);
report(info);
