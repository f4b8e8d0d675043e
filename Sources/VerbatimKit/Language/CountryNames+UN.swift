extension CountryNames {
    /// The United Nations' own names where they differ from the ISO 3166-1 names and their
    /// translations: the short and formal names of Member States as the records write them, in
    /// Chinese, English, French, Spanish, Russian and Arabic, and the observers and
    /// organisations that speak in meetings, with the codes documented in `docs/json.md`.
    /// One entity a line: `CODE|name|name…`.
    static let unitedNations = """
AFG|阿富汗|Afghanistan|Afganistán|Афганистан|أفغانستان
ARE|阿拉伯联合酋长国|United Arab Emirates|Émirats arabes unis|Emiratos Árabes Unidos|Объединенные Арабские Эмираты|الإمارات العربية المتحدة
ARG|阿根廷|Argentine|Argentine Republic
ATG|安提瓜和巴布达|Antigua-et-Barbuda|Antigua y Barbuda|Антигуа и Барбуда|أنتيغوا وبربودا
AUS|澳大利亚|Australie|Австралия|أستراليا
AZE|阿塞拜疆|Azerbaïdjan|Azerbaiyán|Азербайджан|أذربيجان
BHR|巴林|Bahreïn|Bahrein|Бахрейн|البحرين
BHS|巴哈马|Bahamas|les Bahamas|las Bahamas|Багамские Острова|جزر البهاما
BLR|白俄罗斯|Bélarus|Belarús|Беларусь|بيلاروس
BOL|多民族玻利维亚国|玻利维亚|Bolivia (Plurinational State of)|Plurinational State of Bolivia|Bolivie (État plurinational de)|Bolivia (Estado Plurinacional de)|Многонациональное Государство Боливия|Боливия (Многонациональное Государство)|Боливия|دولة بوليفيا المتعددة القوميات|بوليفيا
BRN|文莱达鲁萨兰国|文莱|Brunei Darussalam|Brunéi Darussalam|Бруней-Даруссалам|بروني دار السلام
CAF|中非共和国|Central African Republic|République centrafricaine|República Centroafricana|Центральноафриканская Республика|جمهورية أفريقيا الوسطى
CHE|瑞士|Suisse|Suiza|Швейцария|سويسرا
CHN|中国|中华人民共和国|China|People's Republic of China|Chine|République populaire de Chine|República Popular China|Китай|Китайская Народная Республика|الصين|جمهورية الصين الشعبية
CIV|科特迪瓦|Côte d'Ivoire|Côte d’Ivoire|Кот-д'Ивуар|Кот-д’Ивуар|كوت ديفوار
COD|刚果民主共和国|Democratic Republic of the Congo|République démocratique du Congo|República Democrática del Congo|Демократическая Республика Конго|جمهورية الكونغو الديمقراطية
COG|刚果|刚果共和国|Congo|Republic of the Congo|République du Congo|República del Congo|Конго|Республика Конго|الكونغو|جمهورية الكونغو
CPV|佛得角|Cabo Verde|Кабо-Верде|كابو فيردي
CZE|捷克|捷克共和国|Czechia|Czech Republic|Tchéquie|République tchèque|Chequia|República Checa|Чехия|Чешская Республика|تشيكيا|الجمهورية التشيكية
DNK|丹麦|Danemark|Dinamarca|Дания|الدانمرك
DOM|多米尼加共和国|Dominican Republic|République dominicaine|República Dominicana|Доминиканская Республика|الجمهورية الدومينيكية
DZA|阿尔及利亚|Algérie|Argelia|Алжир|الجزائر
EGY|埃及|Égypte|Egipto|Египет|مصر
EST|爱沙尼亚|Estonie|Эстония|إستونيا
FIN|芬兰|Finlande|Finlandia|Финляндия|فنلندا
FRA|法国|法兰西共和国|France|French Republic|Francia|Франция|فرنسا
FSM|密克罗尼西亚联邦|Micronesia (Federated States of)|Federated States of Micronesia|Micronésie (États fédérés de)|Micronesia (Estados Federados de)|Микронезия (Федеративные Штаты)|ميكرونيزيا (ولايات - الموحدة)
GBR|联合王国|大不列颠及北爱尔兰联合王国|英国|United Kingdom|United Kingdom of Great Britain and Northern Ireland|Royaume-Uni|Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|Reino Unido|Reino Unido de Gran Bretaña e Irlanda del Norte|Соединенное Королевство|Соединенное Королевство Великобритании и Северной Ирландии|المملكة المتحدة|المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية
GNQ|赤道几内亚|Equatorial Guinea|Guinée équatoriale|Guinea Ecuatorial|Экваториальная Гвинея|غينيا الاستوائية
GRC|希腊|Grèce|Grecia|Греция|اليونان
IDN|印度尼西亚|印尼|Indonésie|Индонезия|إندونيسيا
IRN|伊朗伊斯兰共和国|伊朗|Iran (Islamic Republic of)|Islamic Republic of Iran|Iran (République islamique d')|Iran (República Islámica del)|Иран (Исламская Республика)|Исламская Республика Иран|إيران (جمهورية - الإسلامية)|جمهورية إيران الإسلامية
KAZ|哈萨克斯坦|哈萨克斯坦共和国|Kazakhstan|Republic of Kazakhstan|Kazajstán|Казахстан|Республика Казахстан|كازاخستان
KNA|圣基茨和尼维斯|Saint Kitts and Nevis|Saint-Kitts-et-Nevis|Saint Kitts y Nevis|Сент-Китс и Невис|سانت كيتس ونيفس
KOR|大韩民国|韩国|Republic of Korea|République de Corée|República de Corea|Республика Корея|جمهورية كوريا
KWT|科威特|科威特国|Koweït|Кувейт|الكويت
LAO|老挝人民民主共和国|老挝|Lao People's Democratic Republic|République démocratique populaire lao|República Democrática Popular Lao|Лаосская Народно-Демократическая Республика|جمهورية لاو الديمقراطية الشعبية
LBR|利比里亚|Libéria|Liberia|Либерия|ليبريا
LCA|圣卢西亚|Saint Lucia|Sainte-Lucie|Santa Lucía|Сент-Люсия|سانت لوسيا
LVA|拉脱维亚|Lettonie|Letonia|Латвия|لاتفيا
MDA|摩尔多瓦共和国|摩尔多瓦|Republic of Moldova|République de Moldova|República de Moldova|Республика Молдова|جمهورية مولدوفا
MKD|北马其顿|北马其顿共和国|North Macedonia|Macédoine du Nord|Macedonia del Norte|Северная Македония|مقدونيا الشمالية
NER|尼日尔|Niger|the Niger|Níger|Нигер|النيجر
NLD|荷兰|荷兰王国|Netherlands|Kingdom of the Netherlands|Netherlands (Kingdom of the)|Pays-Bas|Pays-Bas (Royaume des)|Royaume des Pays-Bas|Países Bajos|Países Bajos (Reino de los)|Reino de los Países Bajos|Нидерланды|Нидерланды (Королевство)|Королевство Нидерландов|هولندا|مملكة هولندا
PAK|巴基斯坦|Pakistan|Pakistán|Пакистан|باكستان
PAN|巴拿马|Panamá|Панама|بنما
PER|秘鲁|Pérou|Perú|Перу|بيرو
PHL|菲律宾|Philippines|Filipinas|Филиппины|الفلبين
POL|波兰|波兰共和国|Pologne|Polonia|Польша|Республика Польша|بولندا
PRK|朝鲜民主主义人民共和国|朝鲜|Democratic People's Republic of Korea|République populaire démocratique de Corée|República Popular Democrática de Corea|Корейская Народно-Демократическая Республика|جمهورية كوريا الشعبية الديمقراطية
RUS|俄罗斯联邦|俄罗斯|Russian Federation|Russia|Fédération de Russie|Federación de Rusia|Российская Федерация|Россия|الاتحاد الروسي
SAU|沙特阿拉伯|Arabie saoudite|Arabia Saudita|Саудовская Аравия|المملكة العربية السعودية
SLE|塞拉利昂|Sierra Leone|Sierra Leona|Сьерра-Леоне|سيراليون
SOM|索马里|Somalie|Somalia|Сомали|الصومال
SSD|南苏丹|South Sudan|Soudan du Sud|Sudán del Sur|Южный Судан|جنوب السودان
SWE|瑞典|Suède|Suecia|Швеция|السويد
SWZ|斯威士兰|埃斯瓦蒂尼|Eswatini|Swaziland|Эсватини|إسواتيني
SYR|阿拉伯叙利亚共和国|叙利亚|Syrian Arab Republic|République arabe syrienne|República Árabe Siria|Сирийская Арабская Республика|الجمهورية العربية السورية
TLS|东帝汶|Timor-Leste|Тимор-Лешти|تيمور - ليشتي|تيمور-ليشتي
KGZ|吉尔吉斯斯坦|Kyrgyzstan|Kirghizistan|Kirguistán|Кыргызстан|Киргизия|قيرغيزستان
NZL|新西兰|New Zealand|Nouvelle-Zélande|Nueva Zelandia|Nueva Zelanda|Новая Зеландия|نيوزيلندا
STP|圣多美和普林西比|Sao Tome and Principe|Sao Tomé-et-Principe|Santo Tomé y Príncipe|Сан-Томе и Принсипи|سان تومي وبرينسيبي
TTO|特立尼达和多巴哥|Trinidad and Tobago|Trinité-et-Tobago|Trinidad y Tabago|Тринидад и Тобаго|ترينيداد وتوباغو
TUN|突尼斯|Tunisie|Túnez|Тунис|تونس
TUR|土耳其|Türkiye|Turkey|Turquie|Turquía|Турция|Тюркийе|تركيا
TZA|坦桑尼亚联合共和国|坦桑尼亚|United Republic of Tanzania|République-Unie de Tanzanie|República Unida de Tanzanía|Объединенная Республика Танзания|جمهورية تنزانيا المتحدة
UKR|乌克兰|Ukraine|Ucrania|Украина|أوكرانيا
USA|美利坚合众国|美国|United States of America|United States|États-Unis d'Amérique|États-Unis|Estados Unidos de América|Estados Unidos|Соединенные Штаты Америки|Соединенные Штаты|الولايات المتحدة الأمريكية|الولايات المتحدة
VCT|圣文森特和格林纳丁斯|Saint Vincent and the Grenadines|Saint-Vincent-et-les Grenadines|San Vicente y las Granadinas|Сент-Винсент и Гренадины|سانت فنسنت وجزر غرينادين
VEN|委内瑞拉玻利瓦尔共和国|委内瑞拉|Venezuela (Bolivarian Republic of)|Bolivarian Republic of Venezuela|Venezuela (République bolivarienne du)|Venezuela (República Bolivariana de)|Венесуэла (Боливарианская Республика)|Боливарианская Республика Венесуэла|فنزويلا (جمهورية - البوليفارية)|جمهورية فنزويلا البوليفارية
VNM|越南|越南社会主义共和国|Viet Nam|Vietnam|Вьетнам|فييت نام
ZAF|南非|南非共和国|South Africa|Afrique du Sud|Sudáfrica|Южная Африка|جنوب أفريقيا
PSE|巴勒斯坦国|巴勒斯坦|State of Palestine|Palestine|État de Palestine|Estado de Palestina|Palestina|Государство Палестина|Палестина|دولة فلسطين|فلسطين
VAT|教廷|罗马教廷|Holy See|Saint-Siège|Santa Sede|Святой Престол|الكرسي الرسولي
EU|欧洲联盟|欧盟|European Union|Union européenne|Unión Europea|Европейский союз|Европейский Союз|الاتحاد الأوروبي
AU|非洲联盟|非盟|African Union|Union africaine|Unión Africana|Африканский союз|Африканский Союз|الاتحاد الأفريقي
LAS|阿拉伯国家联盟|League of Arab States|Ligue des États arabes|Liga de los Estados Árabes|Лига арабских государств|جامعة الدول العربية
OIC|伊斯兰合作组织|Organization of Islamic Cooperation|Organisation de la coopération islamique|Organización de Cooperación Islámica|Организация исламского сотрудничества|منظمة التعاون الإسلامي
ICRC|红十字国际委员会|International Committee of the Red Cross|Comité international de la Croix-Rouge|Comité Internacional de la Cruz Roja|Международный комитет Красного Креста|لجنة الصليب الأحمر الدولية|اللجنة الدولية للصليب الأحمر
SMOM|马耳他主权军事教团|Sovereign Order of Malta|Ordre souverain de Malte|Soberana Orden de Malta|Мальтийский орден|منظمة فرسان مالطة ذات السيادة
OSCE|欧洲安全与合作组织|欧安组织|Organization for Security and Co-operation in Europe|Organisation pour la sécurité et la coopération en Europe|Organización para la Seguridad y la Cooperación en Europa|Организация по безопасности и сотрудничеству в Европе|منظمة الأمن والتعاون في أوروبا
"""
}
