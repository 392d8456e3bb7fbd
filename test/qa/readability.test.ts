/**
 * Readability per language: an easy and a hard text for each language land on the right side
 * of the portal's target; formulas, syllables and sentence splitting on known inputs.
 */
import { readabilityHint } from '../../src/qa/readability/hint'
import { measureReadability } from '../../src/qa/readability/measure'
import { syllables } from '../../src/qa/readability/syllables'
import { sentences } from '../../src/qa/readability/text'

const texts: Record<string, { easy: string; hard: string }> = {
  en: {
    easy: 'Bring your passport. Go to the office on Monday. The fee is 200 yuan. You can pay by card.',
    hard: 'Applicants whose documentation necessitates supplementary authentication must additionally obtain notarized certification from the competent administrative authorities prior to submitting the consolidated application materials electronically.',
  },
  de: {
    easy: 'Bringen Sie Ihren Pass mit. Das Amt ist am Montag offen. Die Gebühr ist 200 Yuan. Sie können mit Karte zahlen.',
    hard: 'Antragsteller, deren Unterlagen eine zusätzliche Beglaubigung erfordern, müssen vor der elektronischen Einreichung der zusammengefassten Antragsunterlagen eine notarielle Bestätigung der zuständigen Verwaltungsbehörden einholen.',
  },
  fr: {
    easy: 'Prenez votre passeport. Le bureau ouvre le lundi. Le prix est de 200 yuans. Vous pouvez payer par carte.',
    hard: 'Les demandeurs dont la documentation nécessite une authentification supplémentaire doivent obligatoirement obtenir une certification notariale auprès des autorités administratives compétentes préalablement à la transmission électronique du dossier consolidé.',
  },
  es: {
    easy: 'Traiga su pasaporte. La oficina abre el lunes. El precio es de 200 yuanes. Puede pagar con tarjeta.',
    hard: 'Los solicitantes cuya documentación requiera una autenticación complementaria deberán obtener obligatoriamente una certificación notarial de las autoridades administrativas competentes con anterioridad a la presentación electrónica de la solicitud consolidada.',
  },
  ru: {
    easy: 'Возьмите паспорт. Офис открыт в понедельник. Сбор стоит 200 юаней. Можно платить картой.',
    hard: 'Заявители, документация которых требует дополнительного удостоверения, обязаны предварительно получить нотариальное подтверждение компетентных административных органов до электронного представления консолидированных заявочных материалов.',
  },
  ar: {
    easy: 'أحضر جواز سفرك. المكتب مفتوح يوم الاثنين. الرسوم 200 يوان. يمكنك الدفع بالبطاقة.',
    hard: 'يتعين على مقدمي الطلبات الذين تتطلب وثائقهم توثيقا إضافيا الحصول على تصديق موثق من السلطات الإدارية المختصة قبل تقديم مواد الطلب الموحدة إلكترونيا عبر المنصة الرسمية للخدمات الحكومية المتكاملة في المدينة وفقا للإجراءات المعمول بها حاليا.',
  },
  zh: {
    easy: '请带好护照。周一去办事大厅办理。费用是200元。可以刷卡。',
    hard: '凡提交的证明材料需要补充认证的申请人，须在通过一网通办平台以电子方式提交合并后的申请材料之前，事先向有管辖权的行政主管部门申请办理公证认证手续并取得相应证明文件。',
  },
  ja: {
    easy: 'パスポートを持ってきてください。月曜日に窓口へ行きます。手数料は200元です。',
    hard: '追加の認証を必要とする書類を提出する申請者は、統合された申請資料をオンラインで電子的に提出する前に、管轄権を有する行政主管部門から公証認証手続きを経て相応の証明書類を事前に取得しなければなりません。',
  },
  ko: {
    easy: '여권을 가져오세요. 월요일에 창구로 가세요. 수수료는 200위안입니다.',
    hard: '추가 인증이 필요한 서류를 제출하는 신청인은 통합된 신청 자료를 온라인으로 전자 제출하기 전에 관할권을 가진 행정 주관 부서로부터 공증 인증 절차를 거쳐 해당 증명 서류를 사전에 반드시 발급받아야 합니다.',
  },
}

describe('measureReadability', () => {
  test.each(Object.entries(texts))('%s: easy text meets the target, hard text misses it', (locale, { easy, hard }) => {
    const easyResult = measureReadability(easy, locale)!
    const hardResult = measureReadability(hard, locale)!
    expect(easyResult.harder).toBe(false)
    expect(hardResult.harder).toBe(true)
    expect(easyResult.sentences).toBeGreaterThan(1)
    expect(hardResult.sentences).toBe(1)
  })

  test('English Flesch reading ease matches the formula on a known text', () => {
    // 2 sentences, 9 words, 9 syllables: 206.835 − 1.015·4.5 − 84.6·1 = 117.7
    expect(measureReadability('The cat sat. The dog ran on the mat.', 'en')).toMatchObject({
      measure: 'fleschReadingEase',
      score: 117.7,
      averageSentenceLength: 4.5,
      averageWordLength: 1,
    })
  })

  test('Chinese counts content characters (letters and digits) per sentence, ignoring punctuation', () => {
    // 请带护照 = 4, 费用200元 = 6
    expect(measureReadability('请带护照。费用200元！', 'zh-Hans')).toMatchObject({
      locale: 'zh',
      measure: 'charactersPerSentence',
      score: 5,
      sentences: 2,
    })
  })

  test('empty text or a language without a target gives no result', () => {
    expect(measureReadability('  ', 'en')).toBeUndefined()
    expect(measureReadability('Hola.', 'xx')).toBeUndefined()
  })
})

describe('syllables', () => {
  test.each([
    ['readability', 'en', 5],
    ['Beglaubigung', 'de', 4],
    ['Haus', 'de', 1],
    ['bureau', 'fr', 2],
    ['demandent', 'fr', 2],
    ['solicitud', 'es', 4],
    ['hoy', 'es', 1],
    ['паспорт', 'ru', 2],
    ['понедельник', 'ru', 4],
  ])('%s (%s) has %i syllables', (word, locale, count) => {
    expect(syllables(word, locale)).toBe(count)
  })
})

describe('sentences', () => {
  test('decimals and abbreviations do not split; CJK and Arabic punctuation does', () => {
    expect(sentences('Die Gebühr beträgt 1.5 Yuan, z. B. bar. Dann gehen.')).toHaveLength(2)
    expect(sentences('第一句。第二句！第三句')).toHaveLength(3)
    expect(sentences('هل لديك جواز؟ نعم')).toHaveLength(2)
  })
})

describe('readabilityHint', () => {
  const hard = measureReadability(texts.en.hard, 'en')!
  test('says what to change, in the editor language, when the text is harder than the target', () => {
    expect(readabilityHint(hard, 'en')).toMatch(/^Flesch [\d.-]+ is below the portal target of 60\. Use shorter sentences/)
    expect(readabilityHint(hard, 'zh')).toMatch(/低于门户目标 60/)
    expect(readabilityHint(measureReadability(texts.en.easy, 'en')!, 'en')).toMatch(/portal target 60: fine/)
    expect(readabilityHint(measureReadability(texts.zh.hard, 'zh')!, 'en')).toMatch(
      /characters per sentence on average, portal target at most 40/,
    )
    expect(readabilityHint(measureReadability(texts.ar.hard, 'ar')!, 'zh')).toMatch(/^句子偏长：平均每句词数/)
  })
})
