/**
 * Writes src/lib/data/market-events.json: shopping events and public holidays, 2025–2028, for
 * China and every target market in src/lib/domain/markets.ts. Fixed-date and rule-based days
 * (nth weekday, Easter) are computed here; lunar and Hindu festival dates are listed from the
 * official calendars; Islamic holidays follow the Umm al-Qura calendar and are marked estimated
 * (they depend on moon sighting). Run: node scripts/market-events.js
 */
import { writeFileSync } from 'node:fs';

const YEARS = [2025, 2026, 2027, 2028];
const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => {
	const t = new Date(Date.UTC(y, m - 1, d));
	return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
const addDays = (date, n) => {
	const [y, m, d] = date.split('-').map(Number);
	return iso(y, m, d + n);
};
const weekday = (date) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** The nth (1-based) weekday (0 = Sunday) of a month; n = -1 for the last. */
function nth(y, m, day, n) {
	if (n < 0) {
		const last = iso(y, m + 1, 0);
		return addDays(last, -((weekday(last) - day + 7) % 7));
	}
	const first = iso(y, m, 1);
	return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (n - 1));
}
/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(y) {
	const a = y % 19,
		b = Math.floor(y / 100),
		c = y % 100,
		d = Math.floor(b / 4),
		e = b % 4;
	const f = Math.floor((b + 8) / 25),
		g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30,
		i = Math.floor(c / 4),
		k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7,
		mm = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * mm + 114) / 31);
	return iso(y, month, ((h + l - 7 * mm + 114) % 31) + 1);
}
const thanksgiving = (y) => nth(y, 11, 4, 4);
/** Islamic calendar day (Umm al-Qura) → Gregorian, searched within the year. */
function islamic(y, month, day) {
	const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
		month: 'numeric',
		day: 'numeric',
		timeZone: 'UTC'
	});
	const out = [];
	for (let date = `${y}-01-01`; date < `${y + 1}-01-01`; date = addDays(date, 1)) {
		if (f.format(new Date(`${date}T00:00:00Z`)) === `${month}/${day}`) out.push(date);
	}
	return out;
}

// From the official Chinese calendar (农历); Korea's Seollal/Chuseok fall on the same days.
const LUNAR = {
	springFestival: {
		2025: '2025-01-29',
		2026: '2026-02-17',
		2027: '2027-02-06',
		2028: '2028-01-26'
	},
	qingming: { 2025: '2025-04-04', 2026: '2026-04-05', 2027: '2027-04-05', 2028: '2028-04-04' },
	dragonBoat: { 2025: '2025-05-31', 2026: '2026-06-19', 2027: '2027-06-09', 2028: '2028-05-28' },
	midAutumn: { 2025: '2025-10-06', 2026: '2026-09-25', 2027: '2027-09-15', 2028: '2028-10-03' },
	buddha: { 2025: '2025-05-05', 2026: '2026-05-24', 2027: '2027-05-13', 2028: '2028-05-02' }
};
const HINDU = {
	diwali: { 2025: '2025-10-20', 2026: '2026-11-08', 2027: '2027-10-29', 2028: '2028-10-17' },
	holi: { 2025: '2025-03-14', 2026: '2026-03-04', 2027: '2027-03-22', 2028: '2028-03-11' }
};
// Prime Day 2025 as Amazon announced it; later years are estimates (mid-July, four days from
// the second Tuesday), to be replaced once announced.
const PRIME_2025 = { JP: ['2025-07-11', '2025-07-14'], IN: ['2025-07-12', '2025-07-14'] };
const PRIME_MARKETS = [
	'US',
	'CA',
	'MX',
	'BR',
	'GB',
	'DE',
	'FR',
	'IT',
	'ES',
	'NL',
	'PL',
	'SE',
	'JP',
	'SG',
	'AU',
	'AE',
	'SA',
	'IN'
];
const BLACK_FRIDAY_MARKETS = [
	'US',
	'CA',
	'MX',
	'BR',
	'GB',
	'DE',
	'FR',
	'IT',
	'ES',
	'NL',
	'PL',
	'SE',
	'JP',
	'SG',
	'AU',
	'AE',
	'SA',
	'IN'
];
const CHRISTMAS_MARKETS = [
	'US',
	'CA',
	'MX',
	'BR',
	'GB',
	'DE',
	'FR',
	'IT',
	'ES',
	'NL',
	'PL',
	'SE',
	'JP',
	'KR',
	'HK',
	'SG',
	'AU',
	'IN'
];
const VALENTINE_MARKETS = [
	'US',
	'CA',
	'MX',
	'GB',
	'DE',
	'FR',
	'IT',
	'ES',
	'NL',
	'PL',
	'SE',
	'JP',
	'KR',
	'HK',
	'TW',
	'SG',
	'AU',
	'AE',
	'IN'
];

const events = [];
/** kind: 'holiday' (public holiday) or 'shopping' (retail event, not a day off). */
function add(market, kind, key, date, en, zh, extra = {}) {
	if (!date) throw new Error(`no date for ${market} ${key}`);
	events.push({ date, ...extra, market, kind, key, en, zh });
}
const H = (market, key, date, en, zh, extra) => add(market, 'holiday', key, date, en, zh, extra);
const S = (market, key, date, en, zh, extra) => add(market, 'shopping', key, date, en, zh, extra);

for (const y of YEARS) {
	const E = easter(y);
	const sf = LUNAR.springFestival[y];
	const eidFitr = islamic(y, 10, 1);
	const eidAdha = islamic(y, 12, 10);
	const ramadan = islamic(y, 9, 1);
	const est = { estimated: true };

	// China — always shown.
	H('CN', 'new-year', iso(y, 1, 1), "New Year's Day", '元旦');
	H('CN', 'spring-festival', sf, 'Spring Festival (Chinese New Year)', '春节');
	H('CN', 'qingming', LUNAR.qingming[y], 'Qingming Festival', '清明节');
	H('CN', 'labour-day', iso(y, 5, 1), 'Labour Day', '劳动节');
	H('CN', 'dragon-boat', LUNAR.dragonBoat[y], 'Dragon Boat Festival', '端午节');
	H('CN', 'mid-autumn', LUNAR.midAutumn[y], 'Mid-Autumn Festival', '中秋节');
	H('CN', 'national-day', iso(y, 10, 1), 'National Day (Golden Week)', '国庆节', {
		end: iso(y, 10, 7)
	});
	S('CN', '618', iso(y, 6, 18), '618 Shopping Festival', '618购物节');
	S('CN', 'double-11', iso(y, 11, 11), "Double 11 (Singles' Day)", '双十一');
	S('CN', 'double-12', iso(y, 12, 12), 'Double 12', '双十二');

	for (const m of PRIME_MARKETS) {
		const [start, end] =
			y === 2025
				? (PRIME_2025[m] ?? ['2025-07-08', '2025-07-11'])
				: [nth(y, 7, 2, 2), addDays(nth(y, 7, 2, 2), 3)];
		S(m, 'prime-day', start, 'Amazon Prime Day', '亚马逊 Prime 会员日', {
			end,
			...(y === 2025 ? {} : est)
		});
	}
	for (const m of BLACK_FRIDAY_MARKETS) {
		const friday = addDays(thanksgiving(y), 1);
		const white = m === 'AE' || m === 'SA';
		S(
			m,
			'black-friday',
			friday,
			white ? 'White Friday' : 'Black Friday',
			white ? '白色星期五' : '黑色星期五'
		);
		S(m, 'cyber-monday', addDays(friday, 3), 'Cyber Monday', '网络星期一');
	}
	for (const m of CHRISTMAS_MARKETS)
		(m === 'JP' ? S : H)(m, 'christmas', iso(y, 12, 25), 'Christmas Day', '圣诞节');
	for (const m of VALENTINE_MARKETS) S(m, 'valentines', iso(y, 2, 14), "Valentine's Day", '情人节');
	// BR, HK and TW list New Year under their own names below.
	for (const m of [
		'US',
		'CA',
		'GB',
		'DE',
		'FR',
		'IT',
		'ES',
		'NL',
		'PL',
		'SE',
		'MX',
		'JP',
		'KR',
		'SG',
		'AU',
		'AE',
		'SA',
		'IN'
	])
		H(m, 'new-year', iso(y, 1, 1), "New Year's Day", '元旦');

	// Mother's Day: each market's own date.
	const secondSundayMay = nth(y, 5, 0, 2);
	for (const m of ['US', 'CA', 'DE', 'IT', 'NL', 'JP', 'AU', 'BR', 'HK', 'TW', 'SG', 'IN'])
		S(m, 'mothers-day', secondSundayMay, "Mother's Day", '母亲节');
	S('GB', 'mothers-day', addDays(E, -21), 'Mothering Sunday', '英国母亲节');
	// France: last Sunday of May, moved to the first Sunday of June when it falls on Pentecost.
	const frLast = nth(y, 5, 0, -1);
	S(
		'FR',
		'mothers-day',
		frLast === addDays(E, 49) ? nth(y, 6, 0, 1) : frLast,
		'Fête des mères',
		'法国母亲节'
	);
	S('SE', 'mothers-day', nth(y, 5, 0, -1), 'Mors dag', '瑞典母亲节');
	S('ES', 'mothers-day', nth(y, 5, 0, 1), 'Día de la Madre', '西班牙母亲节');
	S('MX', 'mothers-day', iso(y, 5, 10), 'Día de las Madres', '墨西哥母亲节');
	S('PL', 'mothers-day', iso(y, 5, 26), 'Dzień Matki', '波兰母亲节');
	S('KR', 'mothers-day', iso(y, 5, 8), "Parents' Day", '韩国父母节');
	S('AE', 'mothers-day', iso(y, 3, 21), "Mother's Day", '母亲节');
	S('US', 'fathers-day', nth(y, 6, 0, 3), "Father's Day", '父亲节');
	S('GB', 'fathers-day', nth(y, 6, 0, 3), "Father's Day", '父亲节');

	// National holidays.
	H('US', 'memorial-day', nth(y, 5, 1, -1), 'Memorial Day', '美国阵亡将士纪念日');
	H('US', 'independence-day', iso(y, 7, 4), 'Independence Day', '美国独立日');
	H('US', 'labor-day', nth(y, 9, 1, 1), 'Labor Day', '美国劳动节');
	H('US', 'veterans-day', iso(y, 11, 11), 'Veterans Day', '美国退伍军人节');
	H('US', 'thanksgiving', thanksgiving(y), 'Thanksgiving', '感恩节');
	// Victoria Day: the last Monday before 25 May.
	const may24 = iso(y, 5, 24);
	H(
		'CA',
		'victoria-day',
		addDays(may24, -((weekday(may24) + 6) % 7)),
		'Victoria Day',
		'维多利亚日'
	);
	H('CA', 'canada-day', iso(y, 7, 1), 'Canada Day', '加拿大国庆日');
	H('CA', 'labour-day', nth(y, 9, 1, 1), 'Labour Day', '加拿大劳动节');
	H('CA', 'thanksgiving', nth(y, 10, 1, 2), 'Thanksgiving', '加拿大感恩节');
	H('CA', 'boxing-day', iso(y, 12, 26), 'Boxing Day', '节礼日');
	H('MX', 'constitution-day', nth(y, 2, 1, 1), 'Constitution Day', '墨西哥宪法日');
	H('MX', 'labour-day', iso(y, 5, 1), 'Labour Day', '劳动节');
	H('MX', 'independence-day', iso(y, 9, 16), 'Independence Day', '墨西哥独立日');
	H('MX', 'revolution-day', nth(y, 11, 1, 3), 'Revolution Day', '墨西哥革命纪念日');
	S('MX', 'buen-fin', addDays(nth(y, 11, 1, 3), -4), 'El Buen Fin', '墨西哥“好周末”购物节', {
		end: nth(y, 11, 1, 3),
		...(y === 2025 ? {} : est)
	});
	H('BR', 'new-year', iso(y, 1, 1), 'Confraternização Universal', '元旦');
	H('BR', 'carnival', addDays(E, -48), 'Carnival', '巴西狂欢节', { end: addDays(E, -47) });
	H('BR', 'tiradentes', iso(y, 4, 21), 'Tiradentes', '拔牙者纪念日');
	H('BR', 'labour-day', iso(y, 5, 1), 'Labour Day', '劳动节');
	S('BR', 'valentines', iso(y, 6, 12), 'Dia dos Namorados', '巴西情人节');
	H('BR', 'independence-day', iso(y, 9, 7), 'Independence Day', '巴西独立日');
	H('BR', 'republic-day', iso(y, 11, 15), 'Republic Day', '巴西共和国日');
	H('GB', 'good-friday', addDays(E, -2), 'Good Friday', '耶稣受难日');
	H('GB', 'easter-monday', addDays(E, 1), 'Easter Monday', '复活节星期一');
	H('GB', 'early-may', nth(y, 5, 1, 1), 'Early May bank holiday', '五月初银行假日');
	H('GB', 'spring-bank', nth(y, 5, 1, -1), 'Spring bank holiday', '春季银行假日');
	H('GB', 'summer-bank', nth(y, 8, 1, -1), 'Summer bank holiday', '夏季银行假日');
	H('GB', 'boxing-day', iso(y, 12, 26), 'Boxing Day', '节礼日');
	for (const m of ['DE', 'FR', 'NL', 'PL', 'SE', 'IT'])
		H(m, 'easter-monday', addDays(E, 1), 'Easter Monday', '复活节星期一');
	for (const m of ['DE', 'FR', 'NL', 'SE'])
		H(m, 'ascension', addDays(E, 39), 'Ascension Day', '耶稣升天节');
	for (const m of ['DE', 'FR', 'NL'])
		H(m, 'whit-monday', addDays(E, 50), 'Whit Monday', '圣灵降临节星期一');
	for (const m of ['DE', 'FR', 'IT', 'ES', 'PL', 'SE'])
		H(m, 'labour-day', iso(y, 5, 1), 'Labour Day', '劳动节');
	H('DE', 'good-friday', addDays(E, -2), 'Good Friday', '耶稣受难日');
	H('DE', 'unity-day', iso(y, 10, 3), 'German Unity Day', '德国统一日');
	H('DE', 'boxing-day', iso(y, 12, 26), 'Second Day of Christmas', '节礼日');
	H('FR', 'victory-day', iso(y, 5, 8), 'Victory in Europe Day', '欧洲胜利日');
	H('FR', 'bastille-day', iso(y, 7, 14), 'Bastille Day', '法国国庆日');
	H('FR', 'assumption', iso(y, 8, 15), 'Assumption Day', '圣母升天节');
	H('FR', 'all-saints', iso(y, 11, 1), "All Saints' Day", '诸圣节');
	H('FR', 'armistice', iso(y, 11, 11), 'Armistice Day', '一战停战纪念日');
	H('IT', 'epiphany', iso(y, 1, 6), 'Epiphany', '主显节');
	H('IT', 'liberation-day', iso(y, 4, 25), 'Liberation Day', '意大利解放日');
	H('IT', 'republic-day', iso(y, 6, 2), 'Republic Day', '意大利共和国日');
	H('IT', 'ferragosto', iso(y, 8, 15), 'Ferragosto', '八月节');
	H('IT', 'boxing-day', iso(y, 12, 26), "St Stephen's Day", '圣斯德望日');
	H('ES', 'epiphany', iso(y, 1, 6), 'Epiphany (Reyes)', '三王节');
	H('ES', 'good-friday', addDays(E, -2), 'Good Friday', '耶稣受难日');
	H('ES', 'national-day', iso(y, 10, 12), 'National Day of Spain', '西班牙国庆日');
	H('ES', 'constitution-day', iso(y, 12, 6), 'Constitution Day', '西班牙宪法日');
	// King's Day moves to the 26th when the 27th is a Sunday.
	const kings = iso(y, 4, 27);
	H('NL', 'kings-day', weekday(kings) === 0 ? iso(y, 4, 26) : kings, "King's Day", '荷兰国王节');
	H('NL', 'liberation-day', iso(y, 5, 5), 'Liberation Day', '荷兰解放日');
	S('NL', 'sinterklaas', iso(y, 12, 5), 'Sinterklaas', '圣尼古拉节');
	H('NL', 'boxing-day', iso(y, 12, 26), 'Second Day of Christmas', '节礼日');
	H('PL', 'constitution-day', iso(y, 5, 3), 'Constitution Day', '波兰宪法日');
	H('PL', 'corpus-christi', addDays(E, 60), 'Corpus Christi', '基督圣体节');
	H('PL', 'all-saints', iso(y, 11, 1), "All Saints' Day", '诸圣节');
	H('PL', 'independence-day', iso(y, 11, 11), 'Independence Day', '波兰独立日');
	H('PL', 'christmas-eve', iso(y, 12, 24), 'Christmas Eve', '平安夜');
	H('SE', 'national-day', iso(y, 6, 6), 'National Day of Sweden', '瑞典国庆日');
	// Midsummer Eve: the Friday between 19 and 25 June.
	const june19 = iso(y, 6, 19);
	H(
		'SE',
		'midsummer',
		addDays(june19, (5 - weekday(june19) + 7) % 7),
		'Midsummer Eve',
		'仲夏节前夕'
	);
	H('SE', 'christmas-eve', iso(y, 12, 24), 'Christmas Eve', '平安夜');
	H('JP', 'coming-of-age', nth(y, 1, 1, 2), 'Coming of Age Day', '日本成人节');
	H('JP', 'golden-week', iso(y, 4, 29), 'Golden Week', '日本黄金周', { end: iso(y, 5, 5) });
	H('JP', 'marine-day', nth(y, 7, 1, 3), 'Marine Day', '日本海之日');
	S('JP', 'obon', iso(y, 8, 13), 'Obon', '盂兰盆节', { end: iso(y, 8, 16) });
	H('JP', 'respect-aged', nth(y, 9, 1, 3), 'Respect for the Aged Day', '日本敬老日');
	H('JP', 'sports-day', nth(y, 10, 1, 2), 'Sports Day', '日本体育日');
	H('JP', 'culture-day', iso(y, 11, 3), 'Culture Day', '日本文化日');
	H('JP', 'labour-thanksgiving', iso(y, 11, 23), 'Labour Thanksgiving Day', '日本勤劳感谢日');
	H('KR', 'seollal', addDays(sf, -1), 'Seollal (Lunar New Year)', '韩国春节', {
		end: addDays(sf, 1)
	});
	H('KR', 'independence-movement', iso(y, 3, 1), 'Independence Movement Day', '韩国三一节');
	H('KR', 'childrens-day', iso(y, 5, 5), "Children's Day", '韩国儿童节');
	H('KR', 'buddha', LUNAR.buddha[y], "Buddha's Birthday", '佛诞日');
	H('KR', 'liberation-day', iso(y, 8, 15), 'Liberation Day', '韩国光复节');
	H('KR', 'chuseok', addDays(LUNAR.midAutumn[y], -1), 'Chuseok', '韩国中秋节', {
		end: addDays(LUNAR.midAutumn[y], 1)
	});
	H('KR', 'foundation-day', iso(y, 10, 3), 'National Foundation Day', '韩国开天节');
	H('KR', 'hangul-day', iso(y, 10, 9), 'Hangul Day', '韩文日');
	S('KR', 'korea-sale-festa', iso(y, 11, 1), 'Korea Sale Festa', '韩国购物节', {
		end: iso(y, 11, 15),
		...est
	});
	H('HK', 'new-year', iso(y, 1, 1), "New Year's Day", '元旦');
	H('HK', 'lunar-new-year', sf, 'Lunar New Year', '农历新年', { end: addDays(sf, 2) });
	H('HK', 'ching-ming', LUNAR.qingming[y], 'Ching Ming Festival', '清明节');
	H('HK', 'good-friday', addDays(E, -2), 'Good Friday', '耶稣受难日');
	H('HK', 'easter-monday', addDays(E, 1), 'Easter Monday', '复活节星期一');
	H('HK', 'labour-day', iso(y, 5, 1), 'Labour Day', '劳动节');
	H('HK', 'tuen-ng', LUNAR.dragonBoat[y], 'Tuen Ng Festival', '端午节');
	H('HK', 'hksar-day', iso(y, 7, 1), 'HKSAR Establishment Day', '香港特别行政区成立纪念日');
	H(
		'HK',
		'mid-autumn',
		addDays(LUNAR.midAutumn[y], 1),
		'Day after Mid-Autumn Festival',
		'中秋节翌日'
	);
	H('HK', 'national-day', iso(y, 10, 1), 'National Day', '国庆日');
	S('HK', 'double-11', iso(y, 11, 11), "Singles' Day", '双十一');
	H('TW', 'new-year', iso(y, 1, 1), 'Founding Day of the Republic', '开国纪念日');
	H('TW', 'lunar-new-year', sf, 'Lunar New Year', '农历新年');
	H('TW', 'peace-memorial', iso(y, 2, 28), 'Peace Memorial Day', '和平纪念日');
	H('TW', 'childrens-day', iso(y, 4, 4), "Children's Day", '儿童节');
	H('TW', 'qingming', LUNAR.qingming[y], 'Tomb Sweeping Day', '清明节');
	H('TW', 'dragon-boat', LUNAR.dragonBoat[y], 'Dragon Boat Festival', '端午节');
	H('TW', 'mid-autumn', LUNAR.midAutumn[y], 'Mid-Autumn Festival', '中秋节');
	H('TW', 'national-day', iso(y, 10, 10), 'National Day', '双十节');
	S('TW', 'double-11', iso(y, 11, 11), "Singles' Day", '双十一');
	S('TW', 'double-12', iso(y, 12, 12), 'Double 12', '双十二');
	H('SG', 'chinese-new-year', sf, 'Chinese New Year', '农历新年', { end: addDays(sf, 1) });
	H('SG', 'good-friday', addDays(E, -2), 'Good Friday', '耶稣受难日');
	H('SG', 'labour-day', iso(y, 5, 1), 'Labour Day', '劳动节');
	H('SG', 'national-day', iso(y, 8, 9), 'National Day', '新加坡国庆日');
	H('SG', 'deepavali', HINDU.diwali[y], 'Deepavali', '屠妖节');
	S('SG', 'double-11', iso(y, 11, 11), "Singles' Day", '双十一');
	for (const d of eidFitr) H('SG', 'hari-raya-puasa', d, 'Hari Raya Puasa', '开斋节', est);
	for (const d of eidAdha) H('SG', 'hari-raya-haji', d, 'Hari Raya Haji', '哈芝节', est);
	H('AU', 'australia-day', iso(y, 1, 26), 'Australia Day', '澳大利亚国庆日');
	H('AU', 'good-friday', addDays(E, -2), 'Good Friday', '耶稣受难日');
	H('AU', 'easter-monday', addDays(E, 1), 'Easter Monday', '复活节星期一');
	H('AU', 'anzac-day', iso(y, 4, 25), 'Anzac Day', '澳新军团日');
	H('AU', 'kings-birthday', nth(y, 6, 1, 2), "King's Birthday (most states)", '国王生日');
	H('AU', 'boxing-day', iso(y, 12, 26), 'Boxing Day', '节礼日');
	S('AU', 'click-frenzy', nth(y, 11, 2, 2), 'Click Frenzy', 'Click Frenzy 购物节', est);
	for (const m of ['AE', 'SA']) {
		for (const d of ramadan) S(m, 'ramadan', d, 'Ramadan begins', '斋月开始', est);
		for (const d of eidFitr) H(m, 'eid-al-fitr', d, 'Eid al-Fitr', '开斋节', est);
		for (const d of eidAdha) H(m, 'eid-al-adha', d, 'Eid al-Adha', '宰牲节', est);
		S(m, 'double-11', iso(y, 11, 11), '11.11 Sale', '双十一');
	}
	H('AE', 'commemoration-day', iso(y, 12, 1), 'Commemoration Day', '阿联酋烈士纪念日');
	H('AE', 'national-day', iso(y, 12, 2), 'National Day', '阿联酋国庆日', { end: iso(y, 12, 3) });
	H('SA', 'founding-day', iso(y, 2, 22), 'Founding Day', '沙特建国日');
	H('SA', 'national-day', iso(y, 9, 23), 'Saudi National Day', '沙特国庆日');
	H('IN', 'republic-day', iso(y, 1, 26), 'Republic Day', '印度共和国日');
	H('IN', 'holi', HINDU.holi[y], 'Holi', '洒红节');
	H('IN', 'independence-day', iso(y, 8, 15), 'Independence Day', '印度独立日');
	H('IN', 'gandhi-jayanti', iso(y, 10, 2), 'Gandhi Jayanti', '甘地诞辰纪念日');
	H('IN', 'diwali', HINDU.diwali[y], 'Diwali', '排灯节');
}

const seen = new Set();
const unique = events.filter((e) => {
	const id = `${e.market}|${e.key}|${e.date}`;
	if (seen.has(id)) return false;
	seen.add(id);
	return true;
});
unique.sort(
	(a, b) =>
		a.date.localeCompare(b.date) || a.market.localeCompare(b.market) || a.key.localeCompare(b.key)
);
writeFileSync(
	new URL('../src/lib/data/market-events.json', import.meta.url),
	JSON.stringify(unique, null, '\t') + '\n'
);
console.log(`${unique.length} events`);
