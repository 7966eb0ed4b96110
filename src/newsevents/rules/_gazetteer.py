"""
Gazetteer data for actors: countries, demonyms, capitals, organisations, groups, titles.

Data only. ISO 3166-1 codes and official names come from pycountry; these tables add the
English forms news actually uses. Each row is ``(alpha_3, forms...)``; `newsevents.actors`
turns them into lookup dicts once, at import.
"""

from __future__ import annotations

from typing import Final

# fmt: off

#: Canonical English name where pycountry's differs from the one news uses.
COUNTRY_NAMES: Final[tuple[tuple[str, str], ...]] = (
    ("BOL", "Bolivia"), ("BRN", "Brunei"), ("CIV", "Ivory Coast"), ("COD", "Democratic Republic of the Congo"),
    ("COG", "Republic of the Congo"), ("CZE", "Czech Republic"), ("FSM", "Micronesia"), ("GBR", "United Kingdom"),
    ("IRN", "Iran"), ("KOR", "South Korea"), ("LAO", "Laos"), ("MDA", "Moldova"), ("PRK", "North Korea"),
    ("PSE", "Palestine"), ("RUS", "Russia"), ("SYR", "Syria"), ("TUR", "Turkey"), ("TWN", "Taiwan"),
    ("TZA", "Tanzania"), ("USA", "United States"), ("VAT", "Vatican City"), ("VEN", "Venezuela"),
    ("VNM", "Vietnam"), ("CPV", "Cape Verde"), ("SWZ", "Eswatini"), ("MKD", "North Macedonia"),
)

#: Other English names and abbreviations of countries (written with their capitals).
COUNTRY_ALIASES: Final[tuple[tuple[str, ...], ...]] = (
    ("USA", "US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "the United States", "the US", "the U.S."),
    ("GBR", "UK", "U.K.", "Britain", "Great Britain", "the UK", "the U.K.", "the United Kingdom", "England", "Scotland", "Wales"),
    ("RUS", "Russian Federation", "the Russian Federation"),
    ("TUR", "Türkiye", "Turkiye"),
    ("SYR", "Syrian Arab Republic"),
    ("IRN", "Islamic Republic of Iran", "Persia"),
    ("PRK", "DPRK", "Democratic People's Republic of Korea"),
    ("KOR", "Republic of Korea", "ROK"),
    ("CHN", "People's Republic of China", "PRC", "mainland China"),
    ("TWN", "Republic of China"),
    ("NLD", "Holland", "the Netherlands"),
    ("COD", "DR Congo", "DRC", "Congo-Kinshasa"),
    ("COG", "Congo-Brazzaville"),
    ("CIV", "Côte d'Ivoire", "Cote d'Ivoire"),
    ("MMR", "Burma"),
    ("PSE", "Palestinian territories", "State of Palestine"),
    ("ARE", "UAE", "U.A.E.", "the UAE", "Emirates"),
    ("CZE", "Czechia"),
    ("PHL", "the Philippines"),
    ("BHS", "the Bahamas"),
    ("GMB", "the Gambia"),
    ("VNM", "Viet Nam"),
    ("UKR", "the Ukraine"),
    ("VAT", "the Vatican", "Vatican", "Holy See"),
    ("BIH", "Bosnia", "Bosnia-Herzegovina"),
    ("TLS", "East Timor"),
    ("SWZ", "Swaziland"),
    ("MKD", "Macedonia"),
)

#: Demonyms and adjectives of nationality: ``(alpha_3, forms...)``.
DEMONYMS: Final[tuple[tuple[str, ...], ...]] = (
    ("AFG", "Afghan", "Afghans"), ("ALB", "Albanian", "Albanians"), ("DZA", "Algerian", "Algerians"),
    ("AGO", "Angolan", "Angolans"), ("ARG", "Argentine", "Argentinian", "Argentines", "Argentinians"),
    ("ARM", "Armenian", "Armenians"), ("AUS", "Australian", "Australians"), ("AUT", "Austrian", "Austrians"),
    ("AZE", "Azerbaijani", "Azeri", "Azerbaijanis", "Azeris"), ("BHR", "Bahraini", "Bahrainis"),
    ("BGD", "Bangladeshi", "Bangladeshis"), ("BLR", "Belarusian", "Belarusians"), ("BEL", "Belgian", "Belgians"),
    ("BOL", "Bolivian", "Bolivians"), ("BIH", "Bosnian", "Bosnians"), ("BRA", "Brazilian", "Brazilians"),
    ("BGR", "Bulgarian", "Bulgarians"), ("BFA", "Burkinabe"), ("MMR", "Burmese", "Myanmar's"),
    ("KHM", "Cambodian", "Cambodians"), ("CMR", "Cameroonian", "Cameroonians"), ("CAN", "Canadian", "Canadians"),
    ("TCD", "Chadian", "Chadians"), ("CHL", "Chilean", "Chileans"), ("CHN", "Chinese"),
    ("COL", "Colombian", "Colombians"), ("COD", "Congolese"), ("HRV", "Croatian", "Croat", "Croats", "Croatians"),
    ("CUB", "Cuban", "Cubans"), ("CYP", "Cypriot", "Cypriots"), ("CZE", "Czech", "Czechs"), ("DNK", "Danish", "Dane", "Danes"),
    ("NLD", "Dutch"), ("ECU", "Ecuadorian", "Ecuadorians"), ("EGY", "Egyptian", "Egyptians"),
    ("SLV", "Salvadoran", "Salvadorans"), ("ERI", "Eritrean", "Eritreans"), ("EST", "Estonian", "Estonians"),
    ("ETH", "Ethiopian", "Ethiopians"), ("FIN", "Finnish", "Finn", "Finns"), ("FRA", "French", "Frenchman", "Frenchwoman"),
    ("GEO", "Georgian", "Georgians"), ("DEU", "German", "Germans"), ("GHA", "Ghanaian", "Ghanaians"),
    ("GRC", "Greek", "Greeks"), ("GTM", "Guatemalan", "Guatemalans"), ("HTI", "Haitian", "Haitians"),
    ("HND", "Honduran", "Hondurans"), ("HUN", "Hungarian", "Hungarians"), ("ISL", "Icelandic", "Icelander", "Icelanders"),
    ("IND", "Indian", "Indians"), ("IDN", "Indonesian", "Indonesians"), ("IRN", "Iranian", "Iranians"),
    ("IRQ", "Iraqi", "Iraqis"), ("IRL", "Irish"), ("ISR", "Israeli", "Israelis"), ("ITA", "Italian", "Italians"),
    ("CIV", "Ivorian", "Ivorians"), ("JAM", "Jamaican", "Jamaicans"), ("JPN", "Japanese"), ("JOR", "Jordanian", "Jordanians"),
    ("KAZ", "Kazakh", "Kazakhs", "Kazakhstani"), ("KEN", "Kenyan", "Kenyans"), ("KWT", "Kuwaiti", "Kuwaitis"),
    ("KGZ", "Kyrgyz"), ("LAO", "Lao", "Laotian"), ("LVA", "Latvian", "Latvians"), ("LBN", "Lebanese"),
    ("LBR", "Liberian", "Liberians"), ("LBY", "Libyan", "Libyans"), ("LTU", "Lithuanian", "Lithuanians"),
    ("MDG", "Malagasy"), ("MWI", "Malawian", "Malawians"), ("MYS", "Malaysian", "Malaysians"), ("MLI", "Malian", "Malians"),
    ("MRT", "Mauritanian", "Mauritanians"), ("MEX", "Mexican", "Mexicans"), ("MDA", "Moldovan", "Moldovans"),
    ("MNG", "Mongolian", "Mongolians"), ("MNE", "Montenegrin", "Montenegrins"), ("MAR", "Moroccan", "Moroccans"),
    ("MOZ", "Mozambican", "Mozambicans"), ("NAM", "Namibian", "Namibians"), ("NPL", "Nepali", "Nepalese"),
    ("NZL", "New Zealander", "New Zealanders"), ("NIC", "Nicaraguan", "Nicaraguans"), ("NER", "Nigerien", "Nigeriens"),
    ("NGA", "Nigerian", "Nigerians"), ("PRK", "North Korean", "North Koreans"), ("NOR", "Norwegian", "Norwegians"),
    ("OMN", "Omani", "Omanis"), ("PAK", "Pakistani", "Pakistanis"), ("PSE", "Palestinian", "Palestinians"),
    ("PAN", "Panamanian", "Panamanians"), ("PRY", "Paraguayan", "Paraguayans"), ("PER", "Peruvian", "Peruvians"),
    ("PHL", "Filipino", "Philippine", "Filipinos"), ("POL", "Polish", "Pole", "Poles"), ("PRT", "Portuguese"),
    ("QAT", "Qatari", "Qataris"), ("ROU", "Romanian", "Romanians"), ("RUS", "Russian", "Russians"),
    ("RWA", "Rwandan", "Rwandans"), ("SAU", "Saudi", "Saudis", "Saudi Arabian"), ("SEN", "Senegalese"),
    ("SRB", "Serbian", "Serb", "Serbs", "Serbians"), ("SLE", "Sierra Leonean"), ("SGP", "Singaporean", "Singaporeans"),
    ("SVK", "Slovak", "Slovaks"), ("SVN", "Slovenian", "Slovene", "Slovenians"), ("SOM", "Somali", "Somalis"),
    ("ZAF", "South African", "South Africans"), ("KOR", "South Korean", "South Koreans"), ("SSD", "South Sudanese"),
    ("ESP", "Spanish", "Spaniard", "Spaniards"), ("LKA", "Sri Lankan", "Sri Lankans"), ("SDN", "Sudanese"),
    ("SWE", "Swedish", "Swede", "Swedes"), ("CHE", "Swiss"), ("SYR", "Syrian", "Syrians"), ("TWN", "Taiwanese"),
    ("TJK", "Tajik", "Tajiks"), ("TZA", "Tanzanian", "Tanzanians"), ("THA", "Thai"), ("TUN", "Tunisian", "Tunisians"),
    ("TUR", "Turkish", "Turk", "Turks"), ("TKM", "Turkmen"), ("UGA", "Ugandan", "Ugandans"),
    ("UKR", "Ukrainian", "Ukrainians"), ("ARE", "Emirati", "Emiratis"), ("GBR", "British", "Briton", "Britons", "English", "Scottish", "Welsh"),
    ("USA", "American", "Americans", "U.S.", "US"), ("URY", "Uruguayan", "Uruguayans"), ("UZB", "Uzbek", "Uzbeks"),
    ("VEN", "Venezuelan", "Venezuelans"), ("VNM", "Vietnamese"), ("YEM", "Yemeni", "Yemenis"),
    ("ZMB", "Zambian", "Zambians"), ("ZWE", "Zimbabwean", "Zimbabweans"),
)

#: Capitals and seats of government used as metonyms for the country's government.
CAPITALS: Final[tuple[tuple[str, ...], ...]] = (
    ("AFG", "Kabul"), ("DZA", "Algiers"), ("ARG", "Buenos Aires"), ("ARM", "Yerevan"), ("AUS", "Canberra"),
    ("AUT", "Vienna"), ("AZE", "Baku"), ("BGD", "Dhaka"), ("BLR", "Minsk"), ("BEL", "Brussels"),
    ("BRA", "Brasilia", "Brasília"), ("BGR", "Sofia"), ("CAN", "Ottawa"), ("CHL", "Santiago"), ("CHN", "Beijing", "Zhongnanhai"),
    ("COL", "Bogota", "Bogotá"), ("CUB", "Havana"), ("CZE", "Prague"), ("DNK", "Copenhagen"), ("EGY", "Cairo"),
    ("ETH", "Addis Ababa"), ("FIN", "Helsinki"), ("FRA", "Paris", "the Elysee", "the Élysée", "Elysee Palace"),
    ("GEO", "Tbilisi"), ("DEU", "Berlin"), ("GRC", "Athens"), ("HUN", "Budapest"), ("IND", "New Delhi"),
    ("IDN", "Jakarta"), ("IRN", "Tehran"), ("IRQ", "Baghdad"), ("IRL", "Dublin"), ("ISR", "Jerusalem"),
    ("ITA", "Rome"), ("JPN", "Tokyo"), ("JOR", "Amman"), ("KAZ", "Astana"), ("KEN", "Nairobi"), ("KWT", "Kuwait City"),
    ("LBN", "Beirut"), ("LBY", "Tripoli"), ("MYS", "Kuala Lumpur"), ("MEX", "Mexico City"), ("MAR", "Rabat"),
    ("MMR", "Naypyidaw"), ("NLD", "The Hague", "Amsterdam"), ("NGA", "Abuja"), ("PRK", "Pyongyang"), ("NOR", "Oslo"),
    ("PAK", "Islamabad"), ("PER", "Lima"), ("PHL", "Manila"), ("POL", "Warsaw"), ("PRT", "Lisbon"), ("QAT", "Doha"),
    ("ROU", "Bucharest"), ("RUS", "Moscow", "the Kremlin", "Kremlin"), ("SAU", "Riyadh"), ("SRB", "Belgrade"),
    ("SGP", "Singapore"), ("ZAF", "Pretoria"), ("KOR", "Seoul"), ("ESP", "Madrid"), ("SDN", "Khartoum"),
    ("SWE", "Stockholm"), ("CHE", "Bern"), ("SYR", "Damascus"), ("TWN", "Taipei"), ("THA", "Bangkok"),
    ("TUR", "Ankara"), ("UKR", "Kyiv", "Kiev"), ("ARE", "Abu Dhabi"), ("GBR", "London", "Downing Street", "Whitehall"),
    ("USA", "Washington"), ("VEN", "Caracas"), ("VNM", "Hanoi"), ("YEM", "Sanaa", "Sana'a"),
)

#: Organisations: ``(canonical name, alpha_3 or "", forms...)``.
ORGANIZATIONS: Final[tuple[tuple[str, ...], ...]] = (
    ("White House", "USA", "the White House", "White House"),
    ("State Department", "USA", "the State Department", "State Department", "the U.S. State Department", "the US State Department", "the Department of State"),
    ("Pentagon", "USA", "the Pentagon", "Pentagon", "the Defense Department", "the Department of Defense", "the U.S. military", "the US military"),
    ("Justice Department", "USA", "the Justice Department", "Justice Department", "the Department of Justice", "DOJ"),
    ("Federal Bureau of Investigation", "USA", "the FBI", "FBI", "the F.B.I."),
    ("Central Intelligence Agency", "USA", "the CIA", "CIA", "the C.I.A."),
    ("Centers for Disease Control and Prevention", "USA", "the CDC", "CDC", "the Centers for Disease Control and Prevention", "the Centers for Disease Control"),
    ("Department of Homeland Security", "USA", "the Department of Homeland Security", "DHS", "Homeland Security"),
    ("Congress", "USA", "Congress", "the Congress"),
    ("Senate", "USA", "the Senate"),
    ("House of Representatives", "USA", "the House", "the House of Representatives"),
    ("Supreme Court", "USA", "the Supreme Court"),
    ("Federal Reserve", "USA", "the Federal Reserve", "the Fed"),
    ("Republican Party", "USA", "the Republican Party", "the GOP", "GOP", "the Republican National Committee", "the RNC", "RNC"),
    ("Democratic Party", "USA", "the Democratic Party", "the Democratic National Committee", "the DNC", "DNC"),
    ("Russian Defence Ministry", "RUS", "the Russian Defence Ministry", "the Russian Defense Ministry"),
    ("Turkish Defence Ministry", "TUR", "the Turkish Defence Ministry", "the Turkish Defense Ministry"),
    ("United Nations", "", "the United Nations", "United Nations", "the UN", "the U.N.", "UN", "U.N."),
    ("UN Security Council", "", "the Security Council", "the UN Security Council", "the U.N. Security Council"),
    ("North Atlantic Treaty Organization", "", "NATO", "Nato"),
    ("European Union", "", "the European Union", "the EU", "EU", "the E.U.", "the European Commission", "Brussels"),
    ("World Health Organization", "", "the World Health Organization", "the WHO", "WHO"),
    ("International Monetary Fund", "", "the International Monetary Fund", "the IMF", "IMF"),
    ("World Bank", "", "the World Bank"),
    ("African Union", "", "the African Union", "the AU"),
    ("Arab League", "", "the Arab League"),
    ("International Committee of the Red Cross", "", "the Red Cross", "the ICRC", "ICRC", "the International Committee of the Red Cross"),
    ("Human Rights Watch", "", "Human Rights Watch", "HRW"),
    ("Amnesty International", "", "Amnesty International", "Amnesty"),
    ("Syrian Observatory for Human Rights", "SYR", "the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "the Syrian Observatory", "the Observatory", "SOHR"),
    ("Islamic State", "", "Islamic State", "the Islamic State", "ISIS", "ISIL", "IS", "Daesh"),
    ("Taliban", "AFG", "the Taliban", "Taliban"),
    ("Hamas", "PSE", "Hamas"),
    ("Hezbollah", "LBN", "Hezbollah"),
    ("al Qaeda", "", "al Qaeda", "al-Qaeda", "Al Qaeda", "Al-Qaeda"),
    ("Kurdistan Workers' Party", "", "the PKK", "PKK"),
    ("Reuters", "", "Reuters"),
    ("Associated Press", "", "the Associated Press", "AP", "the AP"),
    ("Agence France-Presse", "", "Agence France-Presse", "AFP"),
    # news agencies, broadcasters and platforms that are cited as sources
    ("TASS", "RUS", "TASS", "Tass", "the TASS news agency", "the Tass news agency"),
    ("RIA Novosti", "RUS", "RIA Novosti", "RIA"),
    ("Interfax", "RUS", "Interfax"),
    ("Xinhua", "CHN", "Xinhua", "the Xinhua news agency"),
    ("Anadolu Agency", "TUR", "Anadolu", "the Anadolu Agency", "Anadolu Agency"),
    ("IRNA", "IRN", "IRNA"),
    ("SANA", "SYR", "SANA"),
    ("KCNA", "PRK", "KCNA"),
    ("Yonhap", "KOR", "Yonhap"),
    ("Kyodo", "JPN", "Kyodo"),
    ("Al Jazeera", "", "Al Jazeera", "Al-Jazeera"),
    ("Al-Monitor", "", "Al-Monitor"),
    ("BBC", "GBR", "the BBC", "BBC"),
    ("CNN", "USA", "CNN"),
    ("Politico", "USA", "Politico"),
    ("Bloomberg News", "USA", "Bloomberg", "Bloomberg News"),
    ("Facebook", "USA", "Facebook"),
    ("Twitter", "USA", "Twitter"),
    ("Telegram", "", "Telegram"),
    ("YouTube", "USA", "YouTube"),
    ("Instagram", "USA", "Instagram"),
)

#: Lower-case nouns for groups and institutions that speak without a proper name.
#: ``(kind, forms...)``; kind is an `ActorKind` value.
GROUP_NOUNS: Final[tuple[tuple[str, ...], ...]] = (
    ("organization", "police", "the police", "army", "military", "government", "ministry", "administration",
     "campaign", "committee", "department", "agency", "court", "parliament", "cabinet", "company", "firm",
     "embassy", "office", "council", "coalition", "party", "commission", "prosecutors' office", "regime",
     "authority", "junta", "spokesperson's office", "hospital", "university", "newspaper", "network",
     "media", "state media", "television", "state television", "broadcaster", "state broadcaster",
     "radio", "state radio", "news agency", "state news agency"),
    ("group", "officials", "authorities", "rebels", "militants", "insurgents", "fighters", "troops", "soldiers",
     "forces", "personnel", "witnesses", "residents", "activists", "protesters", "sources", "analysts", "experts",
     "diplomats", "lawmakers", "legislators", "investigators", "prosecutors", "doctors", "medics", "aides",
     "advisers", "advisors", "supporters", "critics", "opponents", "Republicans", "Democrats", "voters",
     "leaders", "ministers", "politicians", "observers", "organizers", "organisers", "researchers",
     "economists", "scientists", "workers", "people", "members", "staff", "staffers", "spokesmen",
     "representatives", "negotiators", "mediators", "monitors", "groups", "families", "relatives", "villagers",
     "refugees", "survivors", "students", "employees", "agents", "detectives", "journalists", "reporters",
     "polls", "surveys", "advocates", "allies", "attorneys", "lawyers", "bankers", "executives", "investors",
     "traders", "farmers", "teachers", "nurses", "physicians", "officers", "citizens", "candidates",
     "delegates", "donors", "governors", "mayors", "senators", "strategists", "consultants", "pollsters",
     "commentators", "historians", "scholars", "academics", "regulators", "forecasters", "volunteers",
     "veterans", "parents", "neighbors", "neighbours", "demonstrators", "operatives", "surrogates",
     "colleagues", "partners", "owners", "managers", "participants", "respondents", "deputies",
     "troopers", "cops", "firefighters", "paramedics", "bystanders", "onlookers", "passengers",
     "classmates", "coworkers", "co-workers", "friends", "siblings", "children", "teenagers",
     "guards", "customers", "patrons", "shoppers", "guests"),
    ("person", "source", "official", "spokesman", "spokeswoman", "spokesperson", "witness", "resident",
     "diplomat", "analyst", "expert", "lawmaker", "aide", "adviser", "advisor", "doctor", "commander",
     "activist", "insider", "insider", "investigator", "prosecutor", "lawyer", "attorney", "executive",
     "strategist", "pollster", "surrogate", "ally", "supporter", "critic", "member", "leader", "minister",
     "representative", "staffer", "observer", "researcher", "economist", "scientist", "agent", "reporter",
     "journalist", "officer", "worker", "negotiator", "mediator", "resident", "survivor", "student", "teacher",
     "deputy", "trooper", "dispatcher", "firefighter", "paramedic", "coroner", "owner", "manager",
     "employee", "coach", "pastor", "nurse", "physician", "surgeon", "landlord"),
)

#: Titles and roles that stand before a name ("Secretary of State Mike Pompeo").
TITLES: Final[tuple[str, ...]] = (
    "President", "Vice President", "Vice-President", "President-elect", "Prime Minister", "Deputy Prime Minister",
    "Foreign Minister", "Defence Minister", "Defense Minister", "Interior Minister", "Finance Minister",
    "Health Minister", "Energy Minister", "Economy Minister", "Justice Minister", "Trade Minister", "Minister",
    "Deputy Foreign Minister", "Secretary of State", "Secretary", "Defense Secretary", "Defence Secretary",
    "Foreign Secretary", "Home Secretary", "Treasury Secretary", "Press Secretary", "White House Press Secretary",
    "Secretary-General", "Secretary General", "UN Secretary-General", "Attorney General", "Attorney-General",
    "Chancellor", "King", "Queen", "Prince", "Crown Prince", "Sheikh", "Emir", "Sultan", "Pope", "Ayatollah",
    "Supreme Leader", "Chairman", "Chairwoman", "Chair", "Speaker", "House Speaker", "Senate Majority Leader",
    "Majority Leader", "Minority Leader", "Senator", "Sen.", "Representative", "Rep.", "Congressman",
    "Congresswoman", "Governor", "Gov.", "Lt. Gov.", "Lieutenant Governor", "Mayor", "Ambassador",
    "Envoy", "Special Envoy", "General", "Gen.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Colonel", "Col.",
    "Lt. Col.", "Major", "Maj.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral", "Adm.",
    "Commander", "Cmdr.", "Superintendent", "Undersheriff", "Constable", "Marshal", "Field Marshal", "Judge", "Justice", "Chief Justice", "Director",
    "Deputy Director", "Commissioner", "Chief", "Police Chief", "Sheriff", "Detective", "Officer", "Dr.",
    "Professor", "Prof.", "Rev.", "Reverend", "Father", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam",
    "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "spokesman",
    "spokeswoman", "spokesperson", "Spokesman", "CEO", "Chief Executive", "Premier", "Vice Premier",
    "Foreign Ministry spokesman", "Foreign Ministry spokeswoman", "Kremlin spokesman", "Democratic nominee",
    "Republican nominee", "candidate", "presidential candidate", "Democratic presidential candidate",
    "Republican presidential candidate", "former President", "former Secretary of State", "Gov", "Sen", "Rep",
    "U.S. Attorney", "United States Attorney", "District Attorney", "District Attorney General",
    "County Attorney", "City Attorney", "State Attorney", "Prosecuting Attorney", "Trooper",
)

#: Personal pronouns that can stand for a speaker, with the kinds they may refer to.
PRONOUNS: Final[tuple[tuple[str, ...], ...]] = (
    ("person", "he", "she"),
    ("any", "they", "it", "we", "i"),
)

#: Capitalised words that start sentences or name things other than people (space-separated).
NOT_NAMES: Final = """
    republican republicans democrat democrats democratic gop liberal conservative senate house congress
    white black latino hispanic asian christian muslim jewish catholic evangelical
    a an the this that these those there then than it its he she they we i you his her their our
    in on at of for from by with to as but and or if when while after before since until during
    about above over under into onto up down out no not yes so yet also still even just only
    what which who whom whose where why how all any each every both some many much most more
    other another such one two three four five six seven eight nine ten last next first new
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    mr mrs ms dr sir president secretary minister senator governor mayor general
    speaking asked meanwhile however although though because despite according read related
    breaking update updated editor note photo video watch share advertisement opinion analysis
    god north south east west northern southern eastern western central
    nearly almost roughly half interim acting former assistant
    """

#: Last words that make a capitalised sequence an organisation, not a person (space-separated).
ORG_SUFFIXES: Final = """
    post times news journal tribune herald guardian telegraph press agency party department
    ministry university college council committee association institute center centre
    foundation corp inc ltd group network bank court commission office service force army
    navy police administration campaign company organization organisation union league
    fund board bureau authority coalition alliance movement front brigade brigades forces
    house senate congress parliament assembly hospital school club review magazine channel
    """

# fmt: on
