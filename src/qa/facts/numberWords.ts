/**
 * Spelled-out numbers a translation may use for small values, and the scale words that multiply
 * a number ("1.5 million", "2万"). Word lists are lowercase.
 */

const list = (words: string, from = 1): Record<string, number> =>
  Object.fromEntries(words.split(' ').flatMap((group, index) => group.split('|').map((word) => [word, index + from])))

const tens = (words: string): Record<string, number> =>
  Object.fromEntries(words.split(' ').flatMap((group, index) => group.split('|').map((word) => [word, (index + 2) * 10])))

/** Cardinals 1–20 and the tens, with the inflected forms a count takes before a noun. */
export const cardinalWords: Record<string, Record<string, number>> = {
  en: {
    ...list(
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
    ),
    ...tens('twenty thirty forty fifty sixty seventy eighty ninety'),
    hundred: 100,
    dozen: 12,
  },
  fr: {
    ...list(
      'un|une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt',
    ),
    ...tens('vingt trente quarante cinquante soixante soixante-dix quatre-vingt|quatre-vingts quatre-vingt-dix'),
    cent: 100,
  },
  de: {
    ...list(
      'ein|eine|einen|einem|einer|eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig',
    ),
    ...tens('zwanzig dreißig|dreissig vierzig fünfzig sechzig siebzig achtzig neunzig'),
    hundert: 100,
  },
  es: {
    ...list(
      'un|uno|una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis|dieciseis diecisiete dieciocho diecinueve veinte',
    ),
    ...tens('veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa'),
    cien: 100,
  },
  ru: {
    ...list(
      'один|одна|одно|одного|одной|одну|одним два|две|двух|двум|двумя три|трёх|трех|трем|тремя четыре|четырёх|четырех пять|пяти шесть|шести семь|семи восемь|восьми девять|девяти десять|десяти одиннадцать|одиннадцати двенадцать|двенадцати тринадцать четырнадцать пятнадцать|пятнадцати шестнадцать семнадцать восемнадцать девятнадцать двадцать|двадцати',
    ),
    ...tens('двадцать|двадцати тридцать|тридцати сорок|сорока пятьдесят|пятидесяти шестьдесят семьдесят восемьдесят девяносто'),
    сто: 100,
  },
  ar: {
    ...list(
      'واحد|واحدة|الواحد اثنان|اثنين|اثنتان|اثنتين ثلاث|ثلاثة|الثلاث|الثلاثة أربع|أربعة|الأربع|الأربعة خمس|خمسة|الخمس|الخمسة ست|ستة|الست|الستة سبع|سبعة|السبع|السبعة ثماني|ثمانية|ثمان|الثماني تسع|تسعة|التسع|التسعة عشر|عشرة|العشر|العشرة',
    ),
    ...tens('عشرون|عشرين ثلاثون|ثلاثين أربعون|أربعين خمسون|خمسين ستون|ستين سبعون|سبعين ثمانون|ثمانين تسعون|تسعين'),
    مائة: 100,
    مئة: 100,
  },
  ko: list('한|하나 두|둘 세|셋 네|넷 다섯 여섯 일곱 여덟 아홉 열'),
  ja: list('一つ 二つ 三つ 四つ 五つ 六つ 七つ 八つ 九つ'),
}

/** Ordinals 1–12 (the value they stand for); matched like cardinals, never as an extra value. */
export const ordinalWords: Record<string, Record<string, number>> = {
  en: list('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'),
  fr: list(
    'premier|première|premiere deuxième|second|seconde troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième',
  ),
  de: list(
    'erste|ersten|erster|erstes|erstem zweite|zweiten|zweiter|zweites dritte|dritten|dritter|drittes vierte|vierten|vierter fünfte|fünften|fünfter sechste|sechsten siebte|siebten achte|achten neunte|neunten zehnte|zehnten elfte|elften zwölfte|zwölften',
  ),
  es: list(
    'primer|primero|primera segundo|segunda tercer|tercero|tercera cuarto|cuarta quinto|quinta sexto|sexta séptimo|séptima octavo|octava noveno|novena décimo|décima undécimo|undécima duodécimo|duodécima',
  ),
  ru: list(
    'первый|первая|первое|первого|первой|первую|первом вторый|второй|вторая|второе|второго|вторую третий|третья|третье|третьего|третьей четвёртый|четвертый|четвёртая|четвертая|четвёртого пятый|пятая|пятого шестой|шестая|шестого седьмой|седьмая восьмой|восьмая девятый|девятая десятый|десятая одиннадцатый двенадцатый',
  ),
  ar: list(
    'الأول|الأولى|أول الثاني|الثانية|ثاني الثالث|الثالثة|ثالث الرابع|الرابعة الخامس|الخامسة السادس|السادسة السابع|السابعة الثامن|الثامنة التاسع|التاسعة العاشر|العاشرة',
  ),
}

/** Words and suffixes that multiply the number before them. */
export const scaleWords: Record<string, Record<string, number>> = {
  zh: { 千: 1e3, 万: 1e4, 亿: 1e8 },
  ja: { 千: 1e3, 万: 1e4, 億: 1e8 },
  ko: { 천: 1e3, 만: 1e4, 억: 1e8 },
  en: { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, bn: 1e9 },
  fr: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  de: {
    tausend: 1e3,
    million: 1e6,
    millionen: 1e6,
    'mio.': 1e6,
    mio: 1e6,
    milliarde: 1e9,
    milliarden: 1e9,
    'mrd.': 1e9,
    mrd: 1e9,
  },
  es: { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, 'mil millones': 1e9 },
  ru: {
    тыс: 1e3,
    'тыс.': 1e3,
    тысяча: 1e3,
    тысячи: 1e3,
    тысяч: 1e3,
    млн: 1e6,
    'млн.': 1e6,
    миллион: 1e6,
    миллиона: 1e6,
    миллионов: 1e6,
    млрд: 1e9,
    'млрд.': 1e9,
    миллиард: 1e9,
    миллиарда: 1e9,
    миллиардов: 1e9,
  },
  ar: { ألف: 1e3, آلاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9 },
}
