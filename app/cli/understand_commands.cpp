// lingualens-cli understand: what a query says about when and where, without a library or
// models.
#include <iostream>
#include <memory>

#include "app/cli/commands.h"
#include "app/cli/path_output.h"
#include "app/cli/understood_json.h"
#include "core/error.h"
#include "core/places/gazetteer.h"
#include "core/query/country_names.h"
#include "core/query/place_names.h"

namespace lingualens::cli {

nlohmann::json understood_json(const UnderstoodQuery& u) {
  nlohmann::json j;
  j["text"] = u.text;
  j["after"] = u.after ? nlohmann::json(format_date(*u.after)) : nlohmann::json();
  j["before"] = u.before ? nlohmann::json(format_date(*u.before)) : nlohmann::json();
  j["country"] = u.country ? nlohmann::json(*u.country) : nlohmann::json();
  j["place"] = u.place ? nlohmann::json(*u.place) : nlohmann::json();
  j["season"] =
      u.season == Season::kNone ? nlohmann::json() : nlohmann::json(season_name(u.season));
  j["parts"] = nlohmann::json::array();
  for (const auto& p : u.parts)
    j["parts"].push_back({{"kind", p.kind == UnderstoodPart::Kind::kDate      ? "date"
                                   : p.kind == UnderstoodPart::Kind::kCountry ? "country"
                                                                              : "place"},
                          {"words", p.words}});
  if (u.place_country) j["place_country"] = *u.place_country;
  if (u.place)  // photos this close to the city's centre count as taken there
    j["place_near"] = {{"latitude", u.place_latitude},
                       {"longitude", u.place_longitude},
                       {"radius_km", u.place_radius_km}};
  // A season's dates for photos taken south of the equator (summer there: December–February).
  if (u.south_after && u.south_before) {
    j["south_after"] = format_date(*u.south_after);
    j["south_before"] = format_date(*u.south_before);
  }
  return j;
}

namespace {

struct UnderstandOptions {
  std::string query;
  std::string today;
  bool json = false;
  bool literal = false;
};

int run_understand(const UnderstandOptions& o) {
  UnderstandParams params;
  params.literal = o.literal;
  if (!o.today.empty()) {
    params.today = parse_date(o.today);
    if (!params.today) {
      std::cerr << "error: --today " << o.today << " is not a date (YYYY-MM-DD)\n";
      return kExitUsage;
    }
  }
  // Cities need the gazetteer; without it (a broken install) dates and countries still work.
  std::unique_ptr<PlaceNames> places;
  try {
    places = std::make_unique<PlaceNames>(Gazetteer::load(Gazetteer::default_dir()));
    params.places = places.get();
  } catch (const Error& e) {
    std::cerr << "warning: no city names: " << e.what() << "\n";
  }
  const UnderstoodQuery u = understand_query(o.query, params);
  if (o.json) {
    std::cout << dump(understood_json(u)) << "\n";
    return kExitOk;
  }
  std::cout << "text:    " << u.text << "\n";
  if (u.after)
    std::cout << "dates:   " << format_date(*u.after) << " – " << format_date(*u.before)
              << (u.season != Season::kNone ? std::string(" (") + season_name(u.season) + ")" : "")
              << "\n";
  if (u.south_after)
    std::cout << "south:   " << format_date(*u.south_after) << " – " << format_date(*u.south_before)
              << " (photos taken south of the equator)\n";
  if (u.place)
    std::cout << "place:   " << *u.place << " (" << u.place_country.value_or("") << ")\n";
  if (u.country)
    std::cout << "country: " << *u.country << " (" << CountryNames::english_name(*u.country)
              << ")\n";
  return kExitOk;
}

}  // namespace

void register_understand_commands(CLI::App& app, const GlobalOptions&, int& exit_code) {
  auto o = std::make_shared<UnderstandOptions>();
  auto* cmd = app.add_subcommand(
      "understand", "What a query says about when and where (dates, country), and what is left");
  cmd->add_option("query", o->query, "The query, as typed in the search field")->required();
  cmd->add_option("--today", o->today, "Read 'last summer' from this day (YYYY-MM-DD)");
  cmd->add_flag("--json", o->json, "Machine-readable JSON on stdout");
  cmd->add_flag("--literal", o->literal, "Understand nothing: the whole query is text");
  cmd->callback([o, &exit_code] { exit_code = run_understand(*o); });
}

}  // namespace lingualens::cli
