/**
 * Interface text in Arabic (its own module: messages.ts holds three languages already). Numbers are written
 * with Arabic-Indic digits (٠–٩), like the dates (lib/format/dates.ts); counts follow Arabic's six plural
 * forms through `Intl.PluralRules`. Latin text inside a sentence (the product's name, a site's host) is
 * isolated so that the sentence's punctuation stays where Arabic puts it.
 */
import { isolate } from './languages.ts';
import type { Messages } from './strings.ts';

/** A number in Arabic-Indic digits, whatever the browser's default for `ar` (CLDR now gives Latin digits). */
export const arabicNumber = (n: number): string => n.toLocaleString('ar-u-nu-arab');

const plural = new Intl.PluralRules('ar');

/** An Arabic count: «لا …» for none, the singular or dual alone, then plural or singular after the number. */
function count(
  n: number,
  forms: { zero: string; one: string; two: string; few: string; many: string; other: string },
): string {
  const category = plural.select(n) as keyof typeof forms;
  if (category === 'zero' || category === 'one' || category === 'two') return forms[category];
  return `${arabicNumber(n)} ${forms[category]}`;
}

const NAME = isolate('Inline Context');

export const ar: Messages = {
  direct: 'اقتباس مباشر',
  reported: 'نقل بالمعنى من المراسل',
  unofficialTranslation: 'ترجمة غير رسمية',
  source: 'المصدر',
  copyCitation: 'نسخ مع ذكر المصدر',
  copied: 'تم النسخ',
  searchPlaceholder: 'ابحث فيما قيل (بالعربية أو الفارسية أو الإنجليزية أو الروسية)',
  searchLabel: 'البحث في التصريحات',
  noResults: 'لا يوجد تصريح مطابق.',
  prefixMatch: 'تطابق مع بداية الكلمة',
  fuzzyMatch: 'تطابق تقريبي',
  results: (n: number) =>
    count(n, {
      zero: 'لا تصريحات',
      one: 'تصريح واحد',
      two: 'تصريحان',
      few: 'تصريحات',
      many: 'تصريحًا',
      other: 'تصريح',
    }),
  cardLabel: (name: string) => `${NAME}: ${name}`,
  close: 'إغلاق',
  noStatements: 'لا يتعلق أي تصريح في اللقاء بهذا مباشرة.',
  searchAll: 'البحث في كل التصريحات',
  meetingLine: 'لقاء خامنئي ولوكاشينكو، طهران، ١٣ مارس ٢٠٢٣',
  appTitle: 'Inline Context',
  openFullPage: 'فتح البحث في علامة تبويب',
  openOptions: 'الإعدادات',
  filters: 'عوامل التصفية',
  filterSpeaker: 'المتحدث',
  filterTopic: 'الموضوع',
  filterKind: 'النوع',
  anySpeaker: 'الجميع',
  anyTopic: 'كل المواضيع',
  anyKind: 'كلاهما',
  clearFilters: 'مسح عوامل التصفية',
  aboutEntity: (name: string) => `بشأن: ${name}`,
  glanceTitle: 'اللقاء في لمحة',
  glanceWho: 'مَن',
  glanceWhen: 'متى',
  glanceWhere: 'أين',
  glanceTopics: 'المواضيع التي نوقشت',
  keyboardHint: `↑ ↓ للتنقل بين النتائج · ${isolate('Enter')} لعرض التفاصيل · ${isolate('C')} للنسخ مع ذكر المصدر`,
  showDetails: 'عرض التفاصيل',
  hideDetails: 'إخفاء التفاصيل',
  onThisPage: 'في هذه الصفحة',
  onPageNothing: 'لم يُعلَّم في هذه الصفحة شيء من اللقاء.',
  marks: (n: number) =>
    count(n, {
      zero: 'لا علامات',
      one: 'علامة واحدة',
      two: 'علامتان',
      few: 'علامات',
      many: 'علامةً',
      other: 'علامة',
    }),
  nextMark: (name: string) => `الانتقال إلى الذكر التالي لـ${name}`,
  notRunning: (site: string) => `لا يعمل ${NAME} على ${isolate(site)}.`,
  scanPage: 'فحص هذه الصفحة',
  thisSite: 'هذا الموقع',
  alwaysRunOn: (site: string) => `التشغيل دائمًا على ${isolate(site)}`,
  offOnSite: (site: string) => `إيقاف على ${isolate(site)}`,
  onAgain: (site: string) => `إعادة التشغيل على ${isolate(site)}`,
  turnedOff: (site: string) => `متوقف على ${isolate(site)}.`,
  unsupportedPage: 'افتح مقالًا إخباريًا لترى ما يذكره.',
  permissionDenied: 'لم يُمنح الإذن بالوصول إلى الموقع.',
  actionFailed: 'لم ينجح ذلك في هذه الصفحة.',
  quoteCardLabel: (speaker: string) => `${NAME}: تصريح ${speaker}`,
  pageForm: (form: 'quote' | 'paraphrase', who: string | null) =>
    `${form === 'quote' ? 'اقتباس في هذه الصفحة' : 'نقل بالمعنى في هذه الصفحة'}${who ? `، منسوب إلى ${who}` : '، دون ذكر المتحدث'}`,
  inTheSource: 'في المصدر',
  whatDiffers: 'ما الذي يختلف',
  sameAsSource: 'المتحدث وصيغة النقل كما في المصدر.',
  diffSpeaker: (onPage: string, inSource: string) =>
    `تنسب الصفحة هذا إلى ${onPage}؛ وفي المصدر قاله ${inSource}.`,
  diffQuotedParaphrase: (inSource: string) =>
    `تقدّم الصفحة هذا على أنه اقتباس؛ وفي المصدر هو نقل بالمعنى من المراسل لكلام ${inSource}.`,
  diffRetoldQuote: (inSource: string) => `تنقل الصفحة هذا بالمعنى؛ وفي المصدر هو كلام ${inSource} نفسه.`,
  diffPartly: (percent: number) =>
    `منقول جزئيًا: تحمل الجملة نحو ${arabicNumber(percent)}٪ من الأفكار الرئيسية للتصريح.`,
  reportedOnPage: (n: number) => `منقول في هذه الصفحة (${arabicNumber(n)})`,
  reportedTitle: 'التصريحات التي تنقلها هذه الصفحة',
  sentencesReporting: (n: number) =>
    count(n, { zero: 'لا جمل', one: 'جملة واحدة', two: 'جملتان', few: 'جمل', many: 'جملةً', other: 'جملة' }),
  nextReporting: 'الانتقال إلى الجملة التالية التي تنقل هذا التصريح',
  reportingSentence: (speaker: string) => `جملة تنقل تصريح ${speaker}`,
  optionsTitle: `إعدادات ${NAME}`,
  whereItRuns: 'أين يعمل',
  defaultSitesTitle: 'المواقع الإخبارية التي يعمل عليها افتراضيًا',
  defaultSitesHelp: 'وسائل إعلام كبرى غطّت اللقاء، مع نطاقاتها الفرعية.',
  country: { IR: 'إيران', BY: 'بيلاروسيا', RU: 'روسيا', INT: 'دولية' },
  addedSitesTitle: 'المواقع التي أضفتها',
  addedNone: 'لا شيء بعد.',
  addSite: 'إضافة موقع',
  addSiteHelp: `اسم مثل ${isolate('example.org')}. سيطلب منك المتصفح الإذن به.`,
  add: 'إضافة',
  remove: (site: string) => `إزالة ${isolate(site)}`,
  invalidSite: `هذا ليس اسم موقع مثل ${isolate('example.org')}.`,
  disabledSitesTitle: 'المواقع التي أوقفته عليها',
  disabledNone: 'لا شيء.',
  turnOn: (site: string) => `إعادة التشغيل على ${isolate(site)}`,
  turnOff: (site: string) => `إيقاف على ${isolate(site)}`,
  whatToMark: 'العلامات',
  markFirst: 'أول ذكر فقط',
  markEvery: 'كل ذكر',
  markNames: 'الأسماء فقط',
  markNone: 'لا شيء حتى أطلب',
  hoverDelay: 'المهلة قبل فتح البطاقة',
  milliseconds: (n: number) => `${arabicNumber(n)} ملّي ثانية`,
  appearance: 'اللغة والمظهر',
  language: 'لغة الواجهة',
  langAuto: 'مثل المتصفح',
  theme: 'السمة',
  themeAuto: 'مثل النظام',
  themeLight: 'فاتحة',
  themeDark: 'داكنة',
  saved: 'تم الحفظ.',
};
