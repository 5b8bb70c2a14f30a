#include "core/query/date_vocabulary.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>

namespace lingualens {
namespace {

using S = Season;
using R = RelativeDate;

enum class Noun { kYear, kMonth, kWeek, kSpring, kSummer, kAutumn, kWinter };

// Relative expressions of one language: "last"/"this" words combined with the nouns they
// modify (in the language's order), and whole phrases that do not decompose ("去年", "i fjol").
struct LanguageDates {
  std::vector<const char*> last, this_;
  bool modifier_first = true;
  std::vector<std::pair<const char*, Noun>> nouns;
  std::vector<std::pair<const char*, RelativePhrase>> phrases;
  // Season words used with a year ("summer 2019", "летом 2019"), beyond the nouns above.
  std::vector<std::pair<const char*, Season>> seasons;
};

constexpr RelativePhrase LY{R::kLastYear, S::kNone}, TY{R::kThisYear, S::kNone},
    LM{R::kLastMonth, S::kNone}, TM{R::kThisMonth, S::kNone}, LW{R::kLastWeek, S::kNone},
    TW{R::kThisWeek, S::kNone}, YD{R::kYesterday, S::kNone}, TD{R::kToday, S::kNone},
    LSu{R::kLastSeason, S::kSummer}, LWi{R::kLastSeason, S::kWinter},
    LSp{R::kLastSeason, S::kSpring}, LAu{R::kLastSeason, S::kAutumn},
    TSu{R::kThisSeason, S::kSummer}, TWi{R::kThisSeason, S::kWinter},
    TSp{R::kThisSeason, S::kSpring}, TAu{R::kThisSeason, S::kAutumn},
    PSu{R::kSeasonOfLastYear, S::kSummer}, PWi{R::kSeasonOfLastYear, S::kWinter},
    PSp{R::kSeasonOfLastYear, S::kSpring}, PAu{R::kSeasonOfLastYear, S::kAutumn};

constexpr Noun Y = Noun::kYear, M = Noun::kMonth, W = Noun::kWeek, Sp = Noun::kSpring,
               Su = Noun::kSummer, Au = Noun::kAutumn, Wi = Noun::kWinter;

// The most spoken of the model's languages (and some more). Phrases are written as people
// type them; case and accents are folded like the query.
const std::vector<LanguageDates>& languages() {
  static const std::vector<LanguageDates> kLanguages = {
      // English
      {{"last", "past"},
       {"this"},
       true,
       {{"year", Y},
        {"month", M},
        {"week", W},
        {"spring", Sp},
        {"summer", Su},
        {"autumn", Au},
        {"fall", Au},
        {"winter", Wi}},
       {{"yesterday", YD}, {"today", TD}},
       {}},
      // German
      {{"letzten", "letztes", "letzter", "letzte", "letztem", "vergangenen", "vergangenes",
        "vergangener", "vorigen", "voriges", "vorigem", "voriger"},
       {"diesen", "dieses", "diesem", "dieser", "diese"},
       true,
       {{"jahr", Y},
        {"jahres", Y},
        {"monat", M},
        {"monats", M},
        {"woche", W},
        {"frühling", Sp},
        {"frühjahr", Sp},
        {"sommer", Su},
        {"herbst", Au},
        {"winter", Wi}},
       {{"gestern", YD}, {"heute", TD}, {"im vorjahr", LY}, {"vorjahr", LY}},
       {}},
      // French
      {{"dernier", "dernière", "passé", "passée"},
       {},
       false,
       {{"année", Y},
        {"an", Y},
        {"mois", M},
        {"semaine", W},
        {"printemps", Sp},
        {"été", Su},
        {"automne", Au},
        {"hiver", Wi}},
       {{"cette année", TY},
        {"ce mois-ci", TM},
        {"ce mois", TM},
        {"cette semaine", TW},
        {"cet été", TSu},
        {"cet hiver", TWi},
        {"ce printemps", TSp},
        {"cet automne", TAu},
        {"aujourd'hui", TD}},  // not "hier": German "here"
       {}},
      // Spanish
      {{"pasado", "pasada"},
       {},
       false,
       {{"año", Y},
        {"mes", M},
        {"semana", W},
        {"primavera", Sp},
        {"verano", Su},
        {"otoño", Au},
        {"invierno", Wi}},
       {{"este año", TY},
        {"este mes", TM},
        {"esta semana", TW},
        {"este verano", TSu},
        {"este invierno", TWi},
        {"esta primavera", TSp},
        {"este otoño", TAu},
        {"ayer", YD},
        {"hoy", TD}},
       {}},
      // Portuguese
      {{"passado", "passada"},
       {},
       false,
       {{"ano", Y},
        {"mês", M},
        {"semana", W},
        {"primavera", Sp},
        {"verão", Su},
        {"outono", Au},
        {"inverno", Wi}},
       {{"este ano", TY},
        {"esse ano", TY},
        {"este mês", TM},
        {"esta semana", TW},
        {"este verão", TSu},
        {"neste verão", TSu},
        {"este inverno", TWi},
        {"ontem", YD},
        {"hoje", TD}},
       {}},
      // Italian
      {{"scorso", "scorsa", "passato", "passata"},
       {},
       false,
       {{"anno", Y},
        {"mese", M},
        {"settimana", W},
        {"primavera", Sp},
        {"estate", Su},
        {"autunno", Au},
        {"inverno", Wi}},
       {{"quest'anno", TY},
        {"questo anno", TY},
        {"questo mese", TM},
        {"questa settimana", TW},
        {"quest'estate", TSu},
        {"questa estate", TSu},
        {"quest'inverno", TWi},
        {"ieri", YD},
        {"oggi", TD}},
       {}},
      // Dutch
      {{"vorig", "vorige", "afgelopen"},
       {"dit", "deze"},
       true,
       {{"jaar", Y},
        {"maand", M},
        {"week", W},
        {"lente", Sp},
        {"voorjaar", Sp},
        {"zomer", Su},
        {"herfst", Au},
        {"najaar", Au},
        {"winter", Wi}},
       {{"gisteren", YD}, {"vandaag", TD}},
       {}},
      // Swedish
      {{"förra"},
       {"denna", "detta"},
       true,
       {{"året", Y},
        {"år", Y},
        {"månaden", M},
        {"veckan", W},
        {"våren", Sp},
        {"sommaren", Su},
        {"hösten", Au},
        {"vintern", Wi}},
       {{"i fjol", LY},
        {"i år", TY},
        {"i somras", LSu},
        {"i vintras", LWi},
        {"i våras", LSp},
        {"i höstas", LAu},
        {"i sommar", TSu},
        {"i vinter", TWi},
        {"igår", YD},
        {"i går", YD},
        {"idag", TD},
        {"i dag", TD}},
       {{"sommar", S::kSummer}, {"vinter", S::kWinter}, {"vår", S::kSpring}, {"höst", S::kAutumn}}},
      // Polish
      {{"zeszłym", "zeszłego", "zeszłej", "zeszły", "ubiegłym", "ubiegłego", "ubiegłej", "ubiegły",
        "ostatniego", "ostatniej", "ostatnim", "ostatni", "poprzednim", "poprzedniego",
        "poprzedniej"},
       {"tym", "tego", "tej", "ten"},
       true,
       {{"roku", Y},      {"rok", Y},      {"miesiącu", M}, {"miesiąca", M}, {"miesiąc", M},
        {"tygodniu", W},  {"tygodnia", W}, {"tydzień", W},  {"wiosny", Sp},  {"wiosną", Sp},
        {"wiosna", Sp},   {"lata", Su},    {"latem", Su},   {"lato", Su},    {"jesieni", Au},
        {"jesienią", Au}, {"jesień", Au},  {"zimy", Wi},    {"zimą", Wi},    {"zima", Wi}},
       {{"wczoraj", YD}, {"dzisiaj", TD}, {"dziś", TD}},
       {}},
      // Russian
      {{"прошлом", "прошлым", "прошлой", "прошлое", "прошлый", "прошлого", "прошлую", "прошедшим",
        "прошедшем", "прошедшей", "минувшим", "минувшем", "минувшей"},
       {"этом", "этим", "этой", "это", "этот", "эту", "этого", "нынешним", "нынешнем"},
       true,
       {{"году", Y},
        {"год", Y},
        {"года", Y},
        {"месяце", M},
        {"месяц", M},
        {"неделе", W},
        {"неделю", W},
        {"весной", Sp},
        {"весна", Sp},
        {"весну", Sp},
        {"летом", Su},
        {"лето", Su},
        {"осенью", Au},
        {"осень", Au},
        {"зимой", Wi},
        {"зима", Wi},
        {"зиму", Wi}},
       {{"вчера", YD}, {"сегодня", TD}},
       {}},
      // Ukrainian
      {{"минулого", "минулої", "минулий", "минулим", "минулому", "минулу", "минуле", "торішнього",
        "торішнім"},
       {"цього", "цієї", "цей", "цим", "цьому", "цю", "цього"},
       true,
       {{"року", Y},
        {"рік", Y},
        {"місяця", M},
        {"місяць", M},
        {"тижня", W},
        {"тиждень", W},
        {"весни", Sp},
        {"весна", Sp},
        {"навесні", Sp},
        {"літа", Su},
        {"літо", Su},
        {"влітку", Su},
        {"літом", Su},
        {"осені", Au},
        {"осінь", Au},
        {"восени", Au},
        {"зими", Wi},
        {"зима", Wi},
        {"взимку", Wi}},
       {{"торік", LY}, {"вчора", YD}, {"сьогодні", TD}},
       {}},
      // Turkish
      {{"geçen", "geçtiğimiz"},
       {"bu"},
       true,
       {{"yıl", Y},
        {"sene", Y},
        {"yılı", Y},
        {"ay", M},
        {"hafta", W},
        {"ilkbahar", Sp},
        {"ilkbaharda", Sp},
        {"bahar", Sp},
        {"baharda", Sp},
        {"yaz", Su},
        {"yazın", Su},
        {"yazında", Su},
        {"sonbahar", Au},
        {"sonbaharda", Au},
        {"kış", Wi},
        {"kışın", Wi},
        {"kışında", Wi}},
       {{"dün", YD}, {"bugün", TD}},
       {}},
      // Indonesian / Malay
      {{"lalu", "kemarin"},
       {"ini"},
       false,
       {{"tahun", Y},
        {"bulan", M},
        {"minggu", W},
        {"musim semi", Sp},
        {"musim panas", Su},
        {"musim gugur", Au},
        {"musim dingin", Wi}},
       {{"tahun yang lalu", LY}, {"kemarin", YD}, {"hari ini", TD}},
       {}},
      // Vietnamese
      {{"ngoái", "trước", "qua"},
       {"nay", "này"},
       false,
       {{"năm", Y},
        {"tháng", M},
        {"tuần", W},
        {"mùa xuân", Sp},
        {"mùa hè", Su},
        {"mùa hạ", Su},
        {"mùa thu", Au},
        {"mùa đông", Wi}},
       {{"mùa hè năm ngoái", PSu},
        {"mùa đông năm ngoái", PWi},
        {"mùa xuân năm ngoái", PSp},
        {"mùa thu năm ngoái", PAu},
        {"hôm qua", YD},
        {"hôm nay", TD}},
       {}},
      // Chinese (Simplified and Traditional)
      {{},
       {},
       true,
       {},
       {{"去年", LY},      {"今年", TY},      {"上个月", LM},    {"上個月", LM},
        {"上月", LM},      {"这个月", TM},    {"這個月", TM},    {"本月", TM},
        {"上周", LW},      {"上週", LW},      {"上星期", LW},    {"上个星期", LW},
        {"上個星期", LW},  {"本周", TW},      {"本週", TW},      {"这周", TW},
        {"這週", TW},      {"昨天", YD},      {"今天", TD},      {"去年夏天", PSu},
        {"去年冬天", PWi}, {"去年春天", PSp}, {"去年秋天", PAu}, {"今年夏天", TSu},
        {"今年冬天", TWi}, {"今年春天", TSp}, {"今年秋天", TAu}},
       {{"春天", S::kSpring},
        {"春季", S::kSpring},
        {"夏天", S::kSummer},
        {"夏季", S::kSummer},
        {"秋天", S::kAutumn},
        {"秋季", S::kAutumn},
        {"冬天", S::kWinter},
        {"冬季", S::kWinter}}},
      // Japanese
      {{},
       {},
       true,
       {},
       {{"昨年", LY},      {"先月", LM},      {"今月", TM},      {"先週", LW},
        {"今週", TW},      {"昨日", YD},      {"今日", TD},      {"去年の夏", PSu},
        {"昨年の夏", PSu}, {"去年の冬", PWi}, {"昨年の冬", PWi}, {"去年の春", PSp},
        {"昨年の春", PSp}, {"去年の秋", PAu}, {"昨年の秋", PAu}, {"今年の夏", TSu},
        {"今年の冬", TWi}, {"今年の春", TSp}, {"今年の秋", TAu}, {"この夏", TSu}},
       {{"春", S::kSpring}, {"夏", S::kSummer}, {"秋", S::kAutumn}, {"冬", S::kWinter}}},
      // Korean
      {{"지난"},
       {"이번", "올"},
       true,
       {{"해", Y}, {"달", M}, {"주", W}, {"봄", Sp}, {"여름", Su}, {"가을", Au}, {"겨울", Wi}},
       {{"작년", LY},
        {"올해", TY},
        {"금년", TY},
        {"지난달", LM},
        {"이번달", TM},
        {"지난주", LW},
        {"이번주", TW},
        {"어제", YD},
        {"오늘", TD},
        {"작년 여름", PSu},
        {"작년 겨울", PWi},
        {"작년 봄", PSp},
        {"작년 가을", PAu},
        {"올여름", TSu},
        {"올해 여름", TSu},
        {"올겨울", TWi},
        {"올봄", TSp},
        {"올가을", TAu}},
       {}},
      // Arabic
      {{"الماضي", "الماضية", "المنصرم", "الفائت"},
       {},
       false,
       {{"العام", Y},
        {"السنة", Y},
        {"الشهر", M},
        {"الأسبوع", W},
        {"الربيع", Sp},
        {"الصيف", Su},
        {"الخريف", Au},
        {"الشتاء", Wi}},
       {{"هذا العام", TY},
        {"هذه السنة", TY},
        {"هذا الشهر", TM},
        {"هذا الأسبوع", TW},
        {"هذا الصيف", TSu},
        {"هذا الشتاء", TWi},
        {"أمس", YD},
        {"الأمس", YD},
        {"اليوم", TD}},
       {{"صيف", S::kSummer}, {"شتاء", S::kWinter}, {"ربيع", S::kSpring}, {"خريف", S::kAutumn}}},
      // Persian
      {{"گذشته", "پیش", "قبل"},
       {"این"},
       false,
       {{"سال", Y},
        {"ماه", M},
        {"هفته", W},
        {"بهار", Sp},
        {"تابستان", Su},
        {"پاییز", Au},
        {"زمستان", Wi}},
       {{"پارسال", LY},
        {"امسال", TY},
        {"تابستان پارسال", PSu},
        {"زمستان پارسال", PWi},
        {"دیروز", YD},
        {"امروز", TD}},
       {}},
      // Hindi
      {{"पिछले", "पिछला", "पिछली", "गत", "बीते"},
       {"इस"},
       true,
       {{"साल", Y},
        {"वर्ष", Y},
        {"महीने", M},
        {"महीना", M},
        {"हफ्ते", W},
        {"हफ़्ते", W},
        {"सप्ताह", W},
        {"वसंत", Sp},
        {"गर्मी", Su},
        {"गर्मियों", Su},
        {"गर्मियाँ", Su},
        {"पतझड़", Au},
        {"सर्दी", Wi},
        {"सर्दियों", Wi},
        {"सर्दियाँ", Wi}},
       {{"आज", TD}},
       {}},
      // Urdu
      {{"پچھلے", "پچھلی", "پچھلا", "گزشتہ", "گذشتہ"},
       {"اس"},
       true,
       {{"سال", Y},
        {"مہینے", M},
        {"ماہ", M},
        {"ہفتے", W},
        {"بہار", Sp},
        {"گرمی", Su},
        {"گرمیوں", Su},
        {"خزاں", Au},
        {"سردی", Wi},
        {"سردیوں", Wi}},
       {{"آج", TD}},
       {}},
      // Bengali
      {{"গত", "আগের"},
       {"এই"},
       true,
       {{"বছর", Y},
        {"বছরে", Y},
        {"মাস", M},
        {"মাসে", M},
        {"সপ্তাহ", W},
        {"সপ্তাহে", W},
        {"বসন্ত", Sp},
        {"বসন্তে", Sp},
        {"গ্রীষ্ম", Su},
        {"গ্রীষ্মে", Su},
        {"শরৎ", Au},
        {"শরতে", Au},
        {"শীত", Wi},
        {"শীতে", Wi}},
       {{"গতকাল", YD}, {"আজ", TD}},
       {}},
      // Greek
      {{"περασμένο", "περασμένη", "περασμένος", "περασμένου", "περασμένης", "προηγούμενο",
        "προηγούμενη"},
       {"αυτό", "αυτή", "αυτόν", "αυτήν"},
       true,
       {{"χρόνο", Y},
        {"χρονιά", Y},
        {"έτος", Y},
        {"μήνα", M},
        {"εβδομάδα", W},
        {"άνοιξη", Sp},
        {"καλοκαίρι", Su},
        {"φθινόπωρο", Au},
        {"χειμώνα", Wi},
        {"χειμώνας", Wi}},
       {{"πέρσι", LY},
        {"πέρυσι", LY},
        {"φέτος", TY},
        {"πέρσι το καλοκαίρι", PSu},
        {"φέτος το καλοκαίρι", TSu},
        {"χθες", YD},
        {"χτες", YD},
        {"σήμερα", TD}},
       {}},
      // Hebrew (prefixes ב/ה are written onto the word)
      {{"שעברה", "שעבר"},
       {},
       false,
       {{"שנה", Y},
        {"בשנה", Y},
        {"חודש", M},
        {"בחודש", M},
        {"שבוע", W},
        {"בשבוע", W},
        {"אביב", Sp},
        {"באביב", Sp},
        {"קיץ", Su},
        {"בקיץ", Su},
        {"סתיו", Au},
        {"בסתיו", Au},
        {"חורף", Wi},
        {"בחורף", Wi}},
       {{"השנה", TY},
        {"החודש", TM},
        {"השבוע", TW},
        {"הקיץ", TSu},
        {"החורף", TWi},
        {"אתמול", YD},
        {"היום", TD}},
       {}},
      // Thai (written without spaces: matched character by character)
      {{},
       {},
       true,
       {},
       {{"ปีที่แล้ว", LY},
        {"ปีก่อน", LY},
        {"ปีนี้", TY},
        {"เดือนที่แล้ว", LM},
        {"เดือนนี้", TM},
        {"สัปดาห์ที่แล้ว", LW},
        {"อาทิตย์ที่แล้ว", LW},
        {"ฤดูร้อนที่แล้ว", LSu},
        {"หน้าร้อนที่แล้ว", LSu},
        {"หน้าหนาวที่แล้ว", LWi},
        {"ฤดูหนาวที่แล้ว", LWi},
        {"เมื่อวาน", YD},
        {"วันนี้", TD}},
       {{"ฤดูร้อน", S::kSummer},
        {"หน้าร้อน", S::kSummer},
        {"ฤดูหนาว", S::kWinter},
        {"หน้าหนาว", S::kWinter},
        {"ฤดูใบไม้ผลิ", S::kSpring},
        {"ฤดูใบไม้ร่วง", S::kAutumn}}},
  };
  return kLanguages;
}

Season season_of(Noun n) {
  switch (n) {
    case Noun::kSpring:
      return S::kSpring;
    case Noun::kSummer:
      return S::kSummer;
    case Noun::kAutumn:
      return S::kAutumn;
    case Noun::kWinter:
      return S::kWinter;
    default:
      return S::kNone;
  }
}

RelativePhrase relative_of(Noun n, bool last) {
  switch (n) {
    case Noun::kYear:
      return last ? LY : TY;
    case Noun::kMonth:
      return last ? LM : TM;
    case Noun::kWeek:
      return last ? LW : TW;
    default:
      return {last ? R::kLastSeason : R::kThisSeason, season_of(n)};
  }
}

// A year next to these is the year ("im Jahr 2019", "в 2019 году", "2019年", "năm 2019").
constexpr const char* kYearWords[] = {
    "year", "jahr",    "jahre", "jahres", "année", "año",  "ano",  "anno", "jaar", "år",
    "året", "год",     "году",  "года",   "рік",   "році", "року", "rok",  "roku", "yıl",
    "yılı", "yılında", "sene",  "năm",    "tahun", "साल",  "वर्ष",  "سنة",  "عام",  "سال",
    "έτος", "χρονιά",  "שנת",   "年",     "년",    "ปี",    "พ.ศ",  "ค.ศ"};

// Little words that only tie a date or place to the query; removed with it when they stand
// right before it ("beach in July 2023", "Strand im Juli 2023", "пляж в июле").
constexpr const char* kTieBefore[] = {
    "in",      "im",      "on",    "at",      "during", "from",  "since", "of",  "the",   "around",
    "en",      "el",      "la",    "le",      "les",    "l",     "au",    "aux", "à",     "dans",
    "pendant", "em",      "no",    "na",      "nos",    "nas",   "do",    "da",  "dos",   "das",
    "de",      "del",     "desde", "durante", "nel",    "nella", "nello", "nei", "negli", "dal",
    "a",       "al",      "w",     "we",      "z",      "ze",    "v",     "ve",  "в",     "во",
    "на",      "у",       "с",     "з",       "із",     "і",     "i",     "på",  "under", "om",
    "op",      "tijdens", "van",   "während", "seit",   "vom",   "von",   "der", "die",   "das",
    "den",     "dem",     "am",    "um",      "ab",     "του",   "το",    "τον", "την",   "τη",
    "στο",     "στη",     "στην",  "στον",    "τα",     "σε",    "في",    "فى",  "منذ",   "خلال",
    "در",      "از",      "ใน",    "เมื่อ",     "ตอน",    "在",    "于",    "於",  "trong", "vào",
    "năm",     "di",      "pada",  "sejak",   "tại",    "ở",     "במהלך", "ב",   "ב-",    "से",
    "سے"};

// Postpositions and particles that follow it ("2019 में", "2021年の", "2019'da").
constexpr const char* kTieAfter[] = {"में",  "मे",  "के",  "को", "का",   "की", "میں", "کے",   "میں",
                                     "এ",  "の", "で", "に", "には", "的", "에",  "에서", "의",
                                     "da", "de", "ta", "te", "'",    "’",  "年",  "년"};

// Between two years of a range ("2019–2021", "2019 to 2021", "2019 bis 2021").
constexpr const char* kRangeWords[] = {
    "-",   "–",      "—",      "~",   "〜",  "～",   "to",   "till", "until", "through",
    "and", "bis",    "und",    "à",   "au",  "et",   "a",    "al",   "hasta", "y",
    "até", "e",      "tot",    "en",  "do",  "i",    "и",    "до",   "по",    "ve",
    "ile", "hingga", "sampai", "đến", "και", "έως",  "ως",   "עד",   "و",     "إلى",
    "تا",  "से",      "تک",     "至",  "到",  "から", "부터", "까지", "ถึง"};

// After a number these make it a quantity, never a year ("2000 m", "1500 km").
constexpr const char* kUnits[] = {"m",   "km",  "cm", "mm", "ft", "mi", "px", "kg",  "g",
                                  "mp",  "%",   "€",  "$",  "£",  "¥",  "x",  "×",   "k",
                                  "mph", "kmh", "hp", "ps", "cc", "ml", "l",  "w",   "kw",
                                  "mah", "st",  "nd", "rd", "th", "er", "e",  "ème", "°"};

void add_name(std::unordered_map<std::string, int>& table, const std::string& key, int month) {
  auto [it, inserted] = table.emplace(key, month);
  if (!inserted && it->second != month) it->second = 0;  // two months share it: not a name
}

}  // namespace

std::string phrase_key(const std::string& phrase) {
  const auto tokens = tokenize_query(phrase);
  return join_keys(tokens, 0, tokens.size());
}

DateVocabulary::DateVocabulary() {
  // Month names of every ICU locale (languages; regional variants repeat them).
  int32_t count = 0;
  const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
  for (int32_t i = 0; i < count; ++i) {
    if (std::strlen(locales[i].getCountry()) != 0) continue;
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(locales[i], status);
    if (U_FAILURE(status)) continue;
    for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
      for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        int32_t n = 0;
        const icu::UnicodeString* names = symbols.getMonths(n, context, width);
        for (int32_t m = 0; m < n && m < 12; ++m) {
          std::string utf8;
          names[m].toUTF8String(utf8);
          while (!utf8.empty() && utf8.back() == '.') utf8.pop_back();
          const auto tokens = tokenize_query(utf8);
          if (tokens.empty() || std::any_of(tokens.begin(), tokens.end(), [](const QueryToken& t) {
                return t.kind == QueryTokenKind::kNumber || t.kind == QueryTokenKind::kPunct;
              }))
            continue;  // "8月", "M08", "tháng 8": numeric forms have their own rules
          const bool ideographic = tokens.front().kind == QueryTokenKind::kIdeograph;
          const std::string key = join_keys(tokens, 0, tokens.size());
          // Two-letter abbreviations are ordinary words somewhere; ideographs are not letters.
          if (!ideographic && code_points(key) < 3) continue;
          add_name(months_, key, m + 1);
          for (const auto& prefixed : hebrew_prefixed(key)) add_name(months_, prefixed, m + 1);
          month_tokens_ = std::max(month_tokens_, tokens.size());
          if (!ideographic && tokens.size() == 1 && code_points(key) >= 4) {
            add_name(month_stems_, without_last_code_point(key), m + 1);
          }
        }
      }
    }
  }
  for (const auto& lang : languages()) {
    auto add_relative = [&](const std::string& phrase, RelativePhrase r) {
      const auto tokens = tokenize_query(phrase);
      relative_.emplace(join_keys(tokens, 0, tokens.size()), r);
      relative_tokens_ = std::max(relative_tokens_, tokens.size());
    };
    auto add_season = [&](const std::string& word, Season s) {
      const auto tokens = tokenize_query(word);
      seasons_.emplace(join_keys(tokens, 0, tokens.size()), s);
      season_tokens_ = std::max(season_tokens_, tokens.size());
    };
    for (const auto& [noun, kind] : lang.nouns) {
      for (const char* mod : lang.last)
        add_relative(
            lang.modifier_first ? std::string(mod) + " " + noun : std::string(noun) + " " + mod,
            relative_of(kind, true));
      for (const char* mod : lang.this_)
        add_relative(
            lang.modifier_first ? std::string(mod) + " " + noun : std::string(noun) + " " + mod,
            relative_of(kind, false));
      if (season_of(kind) != S::kNone) add_season(noun, season_of(kind));
    }
    for (const auto& [phrase, r] : lang.phrases) add_relative(phrase, r);
    for (const auto& [word, s] : lang.seasons) add_season(word, s);
  }
  for (const char* w : kYearWords) year_words_.insert(phrase_key(w));
  for (const char* w : kTieBefore) tie_before_.insert(phrase_key(w));
  for (const char* w : kTieAfter) tie_after_.insert(w);
  for (const char* w : kRangeWords) range_words_.insert(w);
  for (const char* w : kUnits) units_.insert(w);
}

const DateVocabulary& DateVocabulary::get() {
  static const DateVocabulary vocabulary;
  return vocabulary;
}

namespace {

// Korean writes its particles onto the word: "작년에" is "작년" + "에" ("in last year").
constexpr const char* kKoreanParticles[] = {"에서", "에는", "에", "의", "은", "는", "엔", "도"};

}  // namespace

template <typename T>
const T* DateVocabulary::longest(const std::unordered_map<std::string, T>& table, size_t max_tokens,
                                 const std::vector<QueryToken>& tokens, size_t at,
                                 size_t& consumed) const {
  const size_t limit = std::min(tokens.size(), at + max_tokens);
  for (size_t end = limit; end > at; --end) {
    if (tokens[end - 1].quoted) continue;
    const std::string key = join_keys(tokens, at, end);
    if (auto it = table.find(key); it != table.end()) {
      consumed = end - at;
      return &it->second;
    }
    for (const char* particle : kKoreanParticles) {
      const size_t p = std::strlen(particle);
      if (key.size() > p && key.compare(key.size() - p, p, particle) == 0) {
        if (auto it = table.find(key.substr(0, key.size() - p)); it != table.end()) {
          consumed = end - at;
          return &it->second;
        }
      }
    }
  }
  return nullptr;
}

int DateVocabulary::month_at(const std::vector<QueryToken>& tokens, size_t at,
                             size_t& consumed) const {
  if (at >= tokens.size() || tokens[at].quoted ||
      (tokens[at].kind != QueryTokenKind::kWord && tokens[at].kind != QueryTokenKind::kIdeograph))
    return 0;
  int month = 0;
  if (const int* m = longest(months_, month_tokens_, tokens, at, consumed)) month = *m;
  if (!month && tokens[at].kind == QueryTokenKind::kWord) {
    // Inflected forms of one word.
    const std::string& w = tokens[at].key;
    const size_t letters = code_points(w);
    for (size_t cut = w.size(); cut > 0 && !month; --cut) {
      if (cut < w.size() && (static_cast<unsigned char>(w[cut]) & 0xC0) == 0x80) continue;
      const std::string prefix = w.substr(0, cut);
      const size_t extra = letters - code_points(prefix);
      if (extra > 4) continue;
      if (auto it = months_.find(prefix);
          extra > 0 && it != months_.end() && code_points(prefix) >= 4)
        month = it->second;  // the whole name and a suffix: "heinäkuussa", "júliusban"
      else if (auto st = month_stems_.find(prefix);
               st != month_stems_.end() && extra <= 2 && (extra > 0 || letters >= 5))
        month = st->second;  // the name's stem and another ending: "июле", "Ιανουάριο"
    }
    if (month) consumed = 1;
  }
  if (!month) return 0;
  // An abbreviation's full stop.
  if (at + consumed < tokens.size() && tokens[at + consumed].key == "." &&
      !tokens[at + consumed].space_before)
    ++consumed;
  return month;
}

Season DateVocabulary::season_at(const std::vector<QueryToken>& tokens, size_t at,
                                 size_t& consumed) const {
  if (at >= tokens.size() || tokens[at].quoted) return Season::kNone;
  const Season* s = longest(seasons_, season_tokens_, tokens, at, consumed);
  return s ? *s : Season::kNone;
}

const RelativePhrase* DateVocabulary::relative_at(const std::vector<QueryToken>& tokens, size_t at,
                                                  size_t& consumed) const {
  if (at >= tokens.size() || tokens[at].quoted) return nullptr;
  return longest(relative_, relative_tokens_, tokens, at, consumed);
}

}  // namespace lingualens
