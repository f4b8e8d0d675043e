// Generated from the system's ICU (its region display names in the six languages) by
// `VERBATIM_WRITE_COUNTRY_KEYS=1 swift test --filter writeICURegionNames`; do not edit by hand.

extension CountryNames {
    /// ICU's display name of every region in each of the six languages: `locale|CODE|name`.
    static let icuRegions = #"""
zh|AND|安道尔
zh|ARE|阿拉伯联合酋长国
zh|AFG|阿富汗
zh|ATG|安提瓜和巴布达
zh|AIA|安圭拉
zh|ALB|阿尔巴尼亚
zh|ARM|亚美尼亚
zh|AGO|安哥拉
zh|ATA|南极洲
zh|ARG|阿根廷
zh|ASM|美属萨摩亚
zh|AUT|奥地利
zh|AUS|澳大利亚
zh|ABW|阿鲁巴
zh|ALA|奥兰群岛
zh|AZE|阿塞拜疆
zh|BIH|波斯尼亚和黑塞哥维那
zh|BRB|巴巴多斯
zh|BGD|孟加拉国
zh|BEL|比利时
zh|BFA|布基纳法索
zh|BGR|保加利亚
zh|BHR|巴林
zh|BDI|布隆迪
zh|BEN|贝宁
zh|BLM|圣巴泰勒米
zh|BMU|百慕大
zh|BRN|文莱
zh|BOL|玻利维亚
zh|BES|荷属加勒比区
zh|BRA|巴西
zh|BHS|巴哈马
zh|BTN|不丹
zh|BVT|布韦岛
zh|BWA|博茨瓦纳
zh|BLR|白俄罗斯
zh|BLZ|伯利兹
zh|CAN|加拿大
zh|CCK|科科斯（基林）群岛
zh|COD|刚果（金）
zh|CAF|中非共和国
zh|COG|刚果（布）
zh|CHE|瑞士
zh|CIV|科特迪瓦
zh|COK|库克群岛
zh|CHL|智利
zh|CMR|喀麦隆
zh|CHN|中国
zh|COL|哥伦比亚
zh|CRI|哥斯达黎加
zh|CUB|古巴
zh|CPV|佛得角
zh|CUW|库拉索
zh|CXR|圣诞岛
zh|CYP|塞浦路斯
zh|CZE|捷克
zh|DEU|德国
zh|DGA|迪戈加西亚岛
zh|DJI|吉布提
zh|DNK|丹麦
zh|DMA|多米尼克
zh|DOM|多米尼加共和国
zh|DZA|阿尔及利亚
zh|XEA|休达及梅利利亚
zh|ECU|厄瓜多尔
zh|EST|爱沙尼亚
zh|EGY|埃及
zh|ESH|西撒哈拉
zh|ERI|厄立特里亚
zh|ESP|西班牙
zh|ETH|埃塞俄比亚
zh|FIN|芬兰
zh|FJI|斐济
zh|FLK|福克兰群岛
zh|FSM|密克罗尼西亚
zh|FRO|法罗群岛
zh|FRA|法国
zh|GAB|加蓬
zh|GBR|英国
zh|GRD|格林纳达
zh|GEO|格鲁吉亚
zh|GUF|法属圭亚那
zh|GGY|根西岛
zh|GHA|加纳
zh|GIB|直布罗陀
zh|GRL|格陵兰
zh|GMB|冈比亚
zh|GIN|几内亚
zh|GLP|瓜德罗普
zh|GNQ|赤道几内亚
zh|GRC|希腊
zh|SGS|南乔治亚和南桑威奇群岛
zh|GTM|危地马拉
zh|GUM|关岛
zh|GNB|几内亚比绍
zh|GUY|圭亚那
zh|HKG|中国香港特别行政区
zh|HMD|赫德岛和麦克唐纳群岛
zh|HND|洪都拉斯
zh|HRV|克罗地亚
zh|HTI|海地
zh|HUN|匈牙利
zh|XIC|加纳利群岛
zh|IDN|印度尼西亚
zh|IRL|爱尔兰
zh|ISR|以色列
zh|IMN|马恩岛
zh|IND|印度
zh|IOT|英属印度洋领地
zh|IRQ|伊拉克
zh|IRN|伊朗
zh|ISL|冰岛
zh|ITA|意大利
zh|JEY|泽西岛
zh|JAM|牙买加
zh|JOR|约旦
zh|JPN|日本
zh|KEN|肯尼亚
zh|KGZ|吉尔吉斯斯坦
zh|KHM|柬埔寨
zh|KIR|基里巴斯
zh|COM|科摩罗
zh|KNA|圣基茨和尼维斯
zh|PRK|朝鲜
zh|KOR|韩国
zh|KWT|科威特
zh|CYM|开曼群岛
zh|KAZ|哈萨克斯坦
zh|LAO|老挝
zh|LBN|黎巴嫩
zh|LCA|圣卢西亚
zh|LIE|列支敦士登
zh|LKA|斯里兰卡
zh|LBR|利比里亚
zh|LSO|莱索托
zh|LTU|立陶宛
zh|LUX|卢森堡
zh|LVA|拉脱维亚
zh|LBY|利比亚
zh|MAR|摩洛哥
zh|MCO|摩纳哥
zh|MDA|摩尔多瓦
zh|MNE|黑山
zh|MAF|法属圣马丁
zh|MDG|马达加斯加
zh|MHL|马绍尔群岛
zh|MKD|北马其顿
zh|MLI|马里
zh|MMR|缅甸
zh|MNG|蒙古
zh|MAC|中国澳门特别行政区
zh|MNP|北马里亚纳群岛
zh|MTQ|马提尼克
zh|MRT|毛里塔尼亚
zh|MSR|蒙特塞拉特
zh|MLT|马耳他
zh|MUS|毛里求斯
zh|MDV|马尔代夫
zh|MWI|马拉维
zh|MEX|墨西哥
zh|MYS|马来西亚
zh|MOZ|莫桑比克
zh|NAM|纳米比亚
zh|NCL|新喀里多尼亚
zh|NER|尼日尔
zh|NFK|诺福克岛
zh|NGA|尼日利亚
zh|NIC|尼加拉瓜
zh|NLD|荷兰
zh|NOR|挪威
zh|NPL|尼泊尔
zh|NRU|瑙鲁
zh|NIU|纽埃
zh|NZL|新西兰
zh|OMN|阿曼
zh|PAN|巴拿马
zh|PER|秘鲁
zh|PYF|法属波利尼西亚
zh|PNG|巴布亚新几内亚
zh|PHL|菲律宾
zh|PAK|巴基斯坦
zh|POL|波兰
zh|SPM|圣皮埃尔和密克隆群岛
zh|PCN|皮特凯恩群岛
zh|PRI|波多黎各
zh|PSE|巴勒斯坦领土
zh|PRT|葡萄牙
zh|PLW|帕劳
zh|PRY|巴拉圭
zh|QAT|卡塔尔
zh|REU|留尼汪
zh|ROU|罗马尼亚
zh|SRB|塞尔维亚
zh|RUS|俄罗斯
zh|RWA|卢旺达
zh|SAU|沙特阿拉伯
zh|SLB|所罗门群岛
zh|SYC|塞舌尔
zh|SDN|苏丹
zh|SWE|瑞典
zh|SGP|新加坡
zh|SHN|圣赫勒拿
zh|SVN|斯洛文尼亚
zh|SJM|斯瓦尔巴和扬马延
zh|SVK|斯洛伐克
zh|SLE|塞拉利昂
zh|SMR|圣马力诺
zh|SEN|塞内加尔
zh|SOM|索马里
zh|SUR|苏里南
zh|SSD|南苏丹
zh|STP|圣多美和普林西比
zh|SLV|萨尔瓦多
zh|SXM|荷属圣马丁
zh|SYR|叙利亚
zh|SWZ|斯威士兰
zh|TCA|特克斯和凯科斯群岛
zh|TCD|乍得
zh|ATF|法属南部领地
zh|TGO|多哥
zh|THA|泰国
zh|TJK|塔吉克斯坦
zh|TKL|托克劳
zh|TLS|东帝汶
zh|TKM|土库曼斯坦
zh|TUN|突尼斯
zh|TON|汤加
zh|TUR|土耳其
zh|TTO|特立尼达和多巴哥
zh|TUV|图瓦卢
zh|TWN|台湾
zh|TZA|坦桑尼亚
zh|UKR|乌克兰
zh|UGA|乌干达
zh|UMI|美国本土外小岛屿
zh|USA|美国
zh|URY|乌拉圭
zh|UZB|乌兹别克斯坦
zh|VAT|梵蒂冈
zh|VCT|圣文森特和格林纳丁斯
zh|VEN|委内瑞拉
zh|VGB|英属维尔京群岛
zh|VIR|美属维尔京群岛
zh|VNM|越南
zh|VUT|瓦努阿图
zh|WLF|瓦利斯和富图纳
zh|WSM|萨摩亚
zh|XKK|科索沃
zh|YEM|也门
zh|MYT|马约特
zh|ZAF|南非
zh|ZMB|赞比亚
zh|ZWE|津巴布韦
en|AND|Andorra
en|ARE|United Arab Emirates
en|AFG|Afghanistan
en|ATG|Antigua & Barbuda
en|AIA|Anguilla
en|ALB|Albania
en|ARM|Armenia
en|AGO|Angola
en|ATA|Antarctica
en|ARG|Argentina
en|ASM|American Samoa
en|AUT|Austria
en|AUS|Australia
en|ABW|Aruba
en|ALA|Åland Islands
en|AZE|Azerbaijan
en|BIH|Bosnia & Herzegovina
en|BRB|Barbados
en|BGD|Bangladesh
en|BEL|Belgium
en|BFA|Burkina Faso
en|BGR|Bulgaria
en|BHR|Bahrain
en|BDI|Burundi
en|BEN|Benin
en|BLM|St. Barthélemy
en|BMU|Bermuda
en|BRN|Brunei
en|BOL|Bolivia
en|BES|Caribbean Netherlands
en|BRA|Brazil
en|BHS|Bahamas
en|BTN|Bhutan
en|BVT|Bouvet Island
en|BWA|Botswana
en|BLR|Belarus
en|BLZ|Belize
en|CAN|Canada
en|CCK|Cocos (Keeling) Islands
en|COD|Congo - Kinshasa
en|CAF|Central African Republic
en|COG|Congo - Brazzaville
en|CHE|Switzerland
en|CIV|Côte d’Ivoire
en|COK|Cook Islands
en|CHL|Chile
en|CMR|Cameroon
en|CHN|China
en|COL|Colombia
en|CRI|Costa Rica
en|CUB|Cuba
en|CPV|Cape Verde
en|CUW|Curaçao
en|CXR|Christmas Island
en|CYP|Cyprus
en|CZE|Czechia
en|DEU|Germany
en|DGA|Diego Garcia
en|DJI|Djibouti
en|DNK|Denmark
en|DMA|Dominica
en|DOM|Dominican Republic
en|DZA|Algeria
en|XEA|Ceuta & Melilla
en|ECU|Ecuador
en|EST|Estonia
en|EGY|Egypt
en|ESH|Western Sahara
en|ERI|Eritrea
en|ESP|Spain
en|ETH|Ethiopia
en|FIN|Finland
en|FJI|Fiji
en|FLK|Falkland Islands
en|FSM|Micronesia
en|FRO|Faroe Islands
en|FRA|France
en|GAB|Gabon
en|GBR|United Kingdom
en|GRD|Grenada
en|GEO|Georgia
en|GUF|French Guiana
en|GGY|Guernsey
en|GHA|Ghana
en|GIB|Gibraltar
en|GRL|Greenland
en|GMB|Gambia
en|GIN|Guinea
en|GLP|Guadeloupe
en|GNQ|Equatorial Guinea
en|GRC|Greece
en|SGS|South Georgia & South Sandwich Islands
en|GTM|Guatemala
en|GUM|Guam
en|GNB|Guinea-Bissau
en|GUY|Guyana
en|HKG|Hong Kong SAR China
en|HMD|Heard & McDonald Islands
en|HND|Honduras
en|HRV|Croatia
en|HTI|Haiti
en|HUN|Hungary
en|XIC|Canary Islands
en|IDN|Indonesia
en|IRL|Ireland
en|ISR|Israel
en|IMN|Isle of Man
en|IND|India
en|IOT|British Indian Ocean Territory
en|IRQ|Iraq
en|IRN|Iran
en|ISL|Iceland
en|ITA|Italy
en|JEY|Jersey
en|JAM|Jamaica
en|JOR|Jordan
en|JPN|Japan
en|KEN|Kenya
en|KGZ|Kyrgyzstan
en|KHM|Cambodia
en|KIR|Kiribati
en|COM|Comoros
en|KNA|St. Kitts & Nevis
en|PRK|North Korea
en|KOR|South Korea
en|KWT|Kuwait
en|CYM|Cayman Islands
en|KAZ|Kazakhstan
en|LAO|Laos
en|LBN|Lebanon
en|LCA|St. Lucia
en|LIE|Liechtenstein
en|LKA|Sri Lanka
en|LBR|Liberia
en|LSO|Lesotho
en|LTU|Lithuania
en|LUX|Luxembourg
en|LVA|Latvia
en|LBY|Libya
en|MAR|Morocco
en|MCO|Monaco
en|MDA|Moldova
en|MNE|Montenegro
en|MAF|St. Martin
en|MDG|Madagascar
en|MHL|Marshall Islands
en|MKD|North Macedonia
en|MLI|Mali
en|MMR|Myanmar (Burma)
en|MNG|Mongolia
en|MAC|Macao SAR China
en|MNP|Northern Mariana Islands
en|MTQ|Martinique
en|MRT|Mauritania
en|MSR|Montserrat
en|MLT|Malta
en|MUS|Mauritius
en|MDV|Maldives
en|MWI|Malawi
en|MEX|Mexico
en|MYS|Malaysia
en|MOZ|Mozambique
en|NAM|Namibia
en|NCL|New Caledonia
en|NER|Niger
en|NFK|Norfolk Island
en|NGA|Nigeria
en|NIC|Nicaragua
en|NLD|Netherlands
en|NOR|Norway
en|NPL|Nepal
en|NRU|Nauru
en|NIU|Niue
en|NZL|New Zealand
en|OMN|Oman
en|PAN|Panama
en|PER|Peru
en|PYF|French Polynesia
en|PNG|Papua New Guinea
en|PHL|Philippines
en|PAK|Pakistan
en|POL|Poland
en|SPM|St. Pierre & Miquelon
en|PCN|Pitcairn Islands
en|PRI|Puerto Rico
en|PSE|Palestinian Territories
en|PRT|Portugal
en|PLW|Palau
en|PRY|Paraguay
en|QAT|Qatar
en|REU|Réunion
en|ROU|Romania
en|SRB|Serbia
en|RUS|Russia
en|RWA|Rwanda
en|SAU|Saudi Arabia
en|SLB|Solomon Islands
en|SYC|Seychelles
en|SDN|Sudan
en|SWE|Sweden
en|SGP|Singapore
en|SHN|St. Helena
en|SVN|Slovenia
en|SJM|Svalbard & Jan Mayen
en|SVK|Slovakia
en|SLE|Sierra Leone
en|SMR|San Marino
en|SEN|Senegal
en|SOM|Somalia
en|SUR|Suriname
en|SSD|South Sudan
en|STP|São Tomé & Príncipe
en|SLV|El Salvador
en|SXM|Sint Maarten
en|SYR|Syria
en|SWZ|Eswatini
en|TCA|Turks & Caicos Islands
en|TCD|Chad
en|ATF|French Southern Territories
en|TGO|Togo
en|THA|Thailand
en|TJK|Tajikistan
en|TKL|Tokelau
en|TLS|Timor-Leste
en|TKM|Turkmenistan
en|TUN|Tunisia
en|TON|Tonga
en|TUR|Turkey
en|TTO|Trinidad & Tobago
en|TUV|Tuvalu
en|TWN|Taiwan
en|TZA|Tanzania
en|UKR|Ukraine
en|UGA|Uganda
en|UMI|U.S. Outlying Islands
en|USA|United States
en|URY|Uruguay
en|UZB|Uzbekistan
en|VAT|Vatican City
en|VCT|St. Vincent & Grenadines
en|VEN|Venezuela
en|VGB|British Virgin Islands
en|VIR|U.S. Virgin Islands
en|VNM|Vietnam
en|VUT|Vanuatu
en|WLF|Wallis & Futuna
en|WSM|Samoa
en|XKK|Kosovo
en|YEM|Yemen
en|MYT|Mayotte
en|ZAF|South Africa
en|ZMB|Zambia
en|ZWE|Zimbabwe
fr|AND|Andorre
fr|ARE|Émirats arabes unis
fr|AFG|Afghanistan
fr|ATG|Antigua-et-Barbuda
fr|AIA|Anguilla
fr|ALB|Albanie
fr|ARM|Arménie
fr|AGO|Angola
fr|ATA|Antarctique
fr|ARG|Argentine
fr|ASM|Samoa américaines
fr|AUT|Autriche
fr|AUS|Australie
fr|ABW|Aruba
fr|ALA|Îles Åland
fr|AZE|Azerbaïdjan
fr|BIH|Bosnie-Herzégovine
fr|BRB|Barbade
fr|BGD|Bangladesh
fr|BEL|Belgique
fr|BFA|Burkina Faso
fr|BGR|Bulgarie
fr|BHR|Bahreïn
fr|BDI|Burundi
fr|BEN|Bénin
fr|BLM|Saint-Barthélemy
fr|BMU|Bermudes
fr|BRN|Brunei
fr|BOL|Bolivie
fr|BES|Pays-Bas caribéens
fr|BRA|Brésil
fr|BHS|Bahamas
fr|BTN|Bhoutan
fr|BVT|Île Bouvet
fr|BWA|Botswana
fr|BLR|Biélorussie
fr|BLZ|Belize
fr|CAN|Canada
fr|CCK|Îles Cocos
fr|COD|Congo-Kinshasa
fr|CAF|République centrafricaine
fr|COG|Congo-Brazzaville
fr|CHE|Suisse
fr|CIV|Côte d’Ivoire
fr|COK|Îles Cook
fr|CHL|Chili
fr|CMR|Cameroun
fr|CHN|Chine
fr|COL|Colombie
fr|CRI|Costa Rica
fr|CUB|Cuba
fr|CPV|Cap-Vert
fr|CUW|Curaçao
fr|CXR|Île Christmas
fr|CYP|Chypre
fr|CZE|Tchéquie
fr|DEU|Allemagne
fr|DGA|Diego Garcia
fr|DJI|Djibouti
fr|DNK|Danemark
fr|DMA|Dominique
fr|DOM|République dominicaine
fr|DZA|Algérie
fr|XEA|Ceuta et Melilla
fr|ECU|Équateur
fr|EST|Estonie
fr|EGY|Égypte
fr|ESH|Sahara occidental
fr|ERI|Érythrée
fr|ESP|Espagne
fr|ETH|Éthiopie
fr|FIN|Finlande
fr|FJI|Fidji
fr|FLK|Îles Malouines
fr|FSM|Micronésie
fr|FRO|Îles Féroé
fr|FRA|France
fr|GAB|Gabon
fr|GBR|Royaume-Uni
fr|GRD|Grenade
fr|GEO|Géorgie
fr|GUF|Guyane française
fr|GGY|Guernesey
fr|GHA|Ghana
fr|GIB|Gibraltar
fr|GRL|Groenland
fr|GMB|Gambie
fr|GIN|Guinée
fr|GLP|Guadeloupe
fr|GNQ|Guinée équatoriale
fr|GRC|Grèce
fr|SGS|Géorgie du Sud-et-les Îles Sandwich du Sud
fr|GTM|Guatemala
fr|GUM|Guam
fr|GNB|Guinée-Bissau
fr|GUY|Guyana
fr|HKG|R.A.S. chinoise de Hong Kong
fr|HMD|Îles Heard-et-MacDonald
fr|HND|Honduras
fr|HRV|Croatie
fr|HTI|Haïti
fr|HUN|Hongrie
fr|XIC|Îles Canaries
fr|IDN|Indonésie
fr|IRL|Irlande
fr|ISR|Israël
fr|IMN|Île de Man
fr|IND|Inde
fr|IOT|Territoire britannique de l’océan Indien
fr|IRQ|Irak
fr|IRN|Iran
fr|ISL|Islande
fr|ITA|Italie
fr|JEY|Jersey
fr|JAM|Jamaïque
fr|JOR|Jordanie
fr|JPN|Japon
fr|KEN|Kenya
fr|KGZ|Kirghizstan
fr|KHM|Cambodge
fr|KIR|Kiribati
fr|COM|Comores
fr|KNA|Saint-Christophe-et-Niévès
fr|PRK|Corée du Nord
fr|KOR|Corée du Sud
fr|KWT|Koweït
fr|CYM|Îles Caïmans
fr|KAZ|Kazakhstan
fr|LAO|Laos
fr|LBN|Liban
fr|LCA|Sainte-Lucie
fr|LIE|Liechtenstein
fr|LKA|Sri Lanka
fr|LBR|Liberia
fr|LSO|Lesotho
fr|LTU|Lituanie
fr|LUX|Luxembourg
fr|LVA|Lettonie
fr|LBY|Libye
fr|MAR|Maroc
fr|MCO|Monaco
fr|MDA|Moldavie
fr|MNE|Monténégro
fr|MAF|Saint-Martin
fr|MDG|Madagascar
fr|MHL|Îles Marshall
fr|MKD|Macédoine du Nord
fr|MLI|Mali
fr|MMR|Myanmar (Birmanie)
fr|MNG|Mongolie
fr|MAC|R.A.S. chinoise de Macao
fr|MNP|Îles Mariannes du Nord
fr|MTQ|Martinique
fr|MRT|Mauritanie
fr|MSR|Montserrat
fr|MLT|Malte
fr|MUS|Maurice
fr|MDV|Maldives
fr|MWI|Malawi
fr|MEX|Mexique
fr|MYS|Malaisie
fr|MOZ|Mozambique
fr|NAM|Namibie
fr|NCL|Nouvelle-Calédonie
fr|NER|Niger
fr|NFK|Île Norfolk
fr|NGA|Nigeria
fr|NIC|Nicaragua
fr|NLD|Pays-Bas
fr|NOR|Norvège
fr|NPL|Népal
fr|NRU|Nauru
fr|NIU|Niue
fr|NZL|Nouvelle-Zélande
fr|OMN|Oman
fr|PAN|Panama
fr|PER|Pérou
fr|PYF|Polynésie française
fr|PNG|Papouasie-Nouvelle-Guinée
fr|PHL|Philippines
fr|PAK|Pakistan
fr|POL|Pologne
fr|SPM|Saint-Pierre-et-Miquelon
fr|PCN|Îles Pitcairn
fr|PRI|Porto Rico
fr|PSE|Territoires palestiniens
fr|PRT|Portugal
fr|PLW|Palaos
fr|PRY|Paraguay
fr|QAT|Qatar
fr|REU|La Réunion
fr|ROU|Roumanie
fr|SRB|Serbie
fr|RUS|Russie
fr|RWA|Rwanda
fr|SAU|Arabie saoudite
fr|SLB|Îles Salomon
fr|SYC|Seychelles
fr|SDN|Soudan
fr|SWE|Suède
fr|SGP|Singapour
fr|SHN|Sainte-Hélène
fr|SVN|Slovénie
fr|SJM|Svalbard et Jan Mayen
fr|SVK|Slovaquie
fr|SLE|Sierra Leone
fr|SMR|Saint-Marin
fr|SEN|Sénégal
fr|SOM|Somalie
fr|SUR|Suriname
fr|SSD|Soudan du Sud
fr|STP|Sao Tomé-et-Principe
fr|SLV|Salvador
fr|SXM|Saint-Martin (partie néerlandaise)
fr|SYR|Syrie
fr|SWZ|Eswatini
fr|TCA|Îles Turques-et-Caïques
fr|TCD|Tchad
fr|ATF|Terres australes françaises
fr|TGO|Togo
fr|THA|Thaïlande
fr|TJK|Tadjikistan
fr|TKL|Tokelau
fr|TLS|Timor oriental
fr|TKM|Turkménistan
fr|TUN|Tunisie
fr|TON|Tonga
fr|TUR|Turquie
fr|TTO|Trinité-et-Tobago
fr|TUV|Tuvalu
fr|TWN|Taïwan
fr|TZA|Tanzanie
fr|UKR|Ukraine
fr|UGA|Ouganda
fr|UMI|Îles mineures éloignées des États-Unis
fr|USA|États-Unis
fr|URY|Uruguay
fr|UZB|Ouzbékistan
fr|VAT|État de la Cité du Vatican
fr|VCT|Saint-Vincent-et-les Grenadines
fr|VEN|Venezuela
fr|VGB|Îles Vierges britanniques
fr|VIR|Îles Vierges des États-Unis
fr|VNM|Viêt Nam
fr|VUT|Vanuatu
fr|WLF|Wallis-et-Futuna
fr|WSM|Samoa
fr|XKK|Kosovo
fr|YEM|Yémen
fr|MYT|Mayotte
fr|ZAF|Afrique du Sud
fr|ZMB|Zambie
fr|ZWE|Zimbabwe
es|AND|Andorra
es|ARE|Emiratos Árabes Unidos
es|AFG|Afganistán
es|ATG|Antigua y Barbuda
es|AIA|Anguila
es|ALB|Albania
es|ARM|Armenia
es|AGO|Angola
es|ATA|Antártida
es|ARG|Argentina
es|ASM|Samoa Americana
es|AUT|Austria
es|AUS|Australia
es|ABW|Aruba
es|ALA|Islas Aland
es|AZE|Azerbaiyán
es|BIH|Bosnia y Herzegovina
es|BRB|Barbados
es|BGD|Bangladés
es|BEL|Bélgica
es|BFA|Burkina Faso
es|BGR|Bulgaria
es|BHR|Baréin
es|BDI|Burundi
es|BEN|Benín
es|BLM|San Bartolomé
es|BMU|Bermudas
es|BRN|Brunéi
es|BOL|Bolivia
es|BES|Caribe neerlandés
es|BRA|Brasil
es|BHS|Bahamas
es|BTN|Bután
es|BVT|Isla Bouvet
es|BWA|Botsuana
es|BLR|Bielorrusia
es|BLZ|Belice
es|CAN|Canadá
es|CCK|Islas Cocos
es|COD|República Democrática del Congo
es|CAF|República Centroafricana
es|COG|Congo
es|CHE|Suiza
es|CIV|Côte d’Ivoire
es|COK|Islas Cook
es|CHL|Chile
es|CMR|Camerún
es|CHN|China
es|COL|Colombia
es|CRI|Costa Rica
es|CUB|Cuba
es|CPV|Cabo Verde
es|CUW|Curazao
es|CXR|Isla de Navidad
es|CYP|Chipre
es|CZE|Chequia
es|DEU|Alemania
es|DGA|Diego García
es|DJI|Yibuti
es|DNK|Dinamarca
es|DMA|Dominica
es|DOM|República Dominicana
es|DZA|Argelia
es|XEA|Ceuta y Melilla
es|ECU|Ecuador
es|EST|Estonia
es|EGY|Egipto
es|ESH|Sáhara Occidental
es|ERI|Eritrea
es|ESP|España
es|ETH|Etiopía
es|FIN|Finlandia
es|FJI|Fiyi
es|FLK|Islas Malvinas
es|FSM|Micronesia
es|FRO|Islas Feroe
es|FRA|Francia
es|GAB|Gabón
es|GBR|Reino Unido
es|GRD|Granada
es|GEO|Georgia
es|GUF|Guayana Francesa
es|GGY|Guernesey
es|GHA|Ghana
es|GIB|Gibraltar
es|GRL|Groenlandia
es|GMB|Gambia
es|GIN|Guinea
es|GLP|Guadalupe
es|GNQ|Guinea Ecuatorial
es|GRC|Grecia
es|SGS|Islas Georgia del Sur y Sandwich del Sur
es|GTM|Guatemala
es|GUM|Guam
es|GNB|Guinea-Bisáu
es|GUY|Guyana
es|HKG|RAE de Hong Kong (China)
es|HMD|Islas Heard y McDonald
es|HND|Honduras
es|HRV|Croacia
es|HTI|Haití
es|HUN|Hungría
es|XIC|Canarias
es|IDN|Indonesia
es|IRL|Irlanda
es|ISR|Israel
es|IMN|Isla de Man
es|IND|India
es|IOT|Territorio Británico del Océano Índico
es|IRQ|Irak
es|IRN|Irán
es|ISL|Islandia
es|ITA|Italia
es|JEY|Jersey
es|JAM|Jamaica
es|JOR|Jordania
es|JPN|Japón
es|KEN|Kenia
es|KGZ|Kirguistán
es|KHM|Camboya
es|KIR|Kiribati
es|COM|Comoras
es|KNA|San Cristóbal y Nieves
es|PRK|Corea del Norte
es|KOR|Corea del Sur
es|KWT|Kuwait
es|CYM|Islas Caimán
es|KAZ|Kazajistán
es|LAO|Laos
es|LBN|Líbano
es|LCA|Santa Lucía
es|LIE|Liechtenstein
es|LKA|Sri Lanka
es|LBR|Liberia
es|LSO|Lesoto
es|LTU|Lituania
es|LUX|Luxemburgo
es|LVA|Letonia
es|LBY|Libia
es|MAR|Marruecos
es|MCO|Mónaco
es|MDA|Moldavia
es|MNE|Montenegro
es|MAF|San Martín
es|MDG|Madagascar
es|MHL|Islas Marshall
es|MKD|Macedonia del Norte
es|MLI|Mali
es|MMR|Myanmar (Birmania)
es|MNG|Mongolia
es|MAC|RAE de Macao (China)
es|MNP|Islas Marianas del Norte
es|MTQ|Martinica
es|MRT|Mauritania
es|MSR|Montserrat
es|MLT|Malta
es|MUS|Mauricio
es|MDV|Maldivas
es|MWI|Malaui
es|MEX|México
es|MYS|Malasia
es|MOZ|Mozambique
es|NAM|Namibia
es|NCL|Nueva Caledonia
es|NER|Níger
es|NFK|Isla Norfolk
es|NGA|Nigeria
es|NIC|Nicaragua
es|NLD|Países Bajos
es|NOR|Noruega
es|NPL|Nepal
es|NRU|Nauru
es|NIU|Niue
es|NZL|Nueva Zelanda
es|OMN|Omán
es|PAN|Panamá
es|PER|Perú
es|PYF|Polinesia Francesa
es|PNG|Papúa Nueva Guinea
es|PHL|Filipinas
es|PAK|Pakistán
es|POL|Polonia
es|SPM|San Pedro y Miquelón
es|PCN|Islas Pitcairn
es|PRI|Puerto Rico
es|PSE|Territorios Palestinos
es|PRT|Portugal
es|PLW|Palaos
es|PRY|Paraguay
es|QAT|Catar
es|REU|Reunión
es|ROU|Rumanía
es|SRB|Serbia
es|RUS|Rusia
es|RWA|Ruanda
es|SAU|Arabia Saudí
es|SLB|Islas Salomón
es|SYC|Seychelles
es|SDN|Sudán
es|SWE|Suecia
es|SGP|Singapur
es|SHN|Santa Elena
es|SVN|Eslovenia
es|SJM|Svalbard y Jan Mayen
es|SVK|Eslovaquia
es|SLE|Sierra Leona
es|SMR|San Marino
es|SEN|Senegal
es|SOM|Somalia
es|SUR|Surinam
es|SSD|Sudán del Sur
es|STP|Santo Tomé y Príncipe
es|SLV|El Salvador
es|SXM|Sint Maarten
es|SYR|Siria
es|SWZ|Esuatini
es|TCA|Islas Turcas y Caicos
es|TCD|Chad
es|ATF|Territorios Australes Franceses
es|TGO|Togo
es|THA|Tailandia
es|TJK|Tayikistán
es|TKL|Tokelau
es|TLS|Timor-Leste
es|TKM|Turkmenistán
es|TUN|Túnez
es|TON|Tonga
es|TUR|Turquía
es|TTO|Trinidad y Tobago
es|TUV|Tuvalu
es|TWN|Taiwán
es|TZA|Tanzania
es|UKR|Ucrania
es|UGA|Uganda
es|UMI|Islas menores alejadas de EE. UU.
es|USA|Estados Unidos
es|URY|Uruguay
es|UZB|Uzbekistán
es|VAT|Ciudad del Vaticano
es|VCT|San Vicente y las Granadinas
es|VEN|Venezuela
es|VGB|Islas Vírgenes Británicas
es|VIR|Islas Vírgenes de EE. UU.
es|VNM|Vietnam
es|VUT|Vanuatu
es|WLF|Wallis y Futuna
es|WSM|Samoa
es|XKK|Kosovo
es|YEM|Yemen
es|MYT|Mayotte
es|ZAF|Sudáfrica
es|ZMB|Zambia
es|ZWE|Zimbabue
ru|AND|Андорра
ru|ARE|ОАЭ
ru|AFG|Афганистан
ru|ATG|Антигуа и Барбуда
ru|AIA|Ангилья
ru|ALB|Албания
ru|ARM|Армения
ru|AGO|Ангола
ru|ATA|Антарктида
ru|ARG|Аргентина
ru|ASM|Американское Самоа
ru|AUT|Австрия
ru|AUS|Австралия
ru|ABW|Аруба
ru|ALA|Аландские о-ва
ru|AZE|Азербайджан
ru|BIH|Босния и Герцеговина
ru|BRB|Барбадос
ru|BGD|Бангладеш
ru|BEL|Бельгия
ru|BFA|Буркина-Фасо
ru|BGR|Болгария
ru|BHR|Бахрейн
ru|BDI|Бурунди
ru|BEN|Бенин
ru|BLM|Сен-Бартелеми
ru|BMU|Бермудские о-ва
ru|BRN|Бруней
ru|BOL|Боливия
ru|BES|Бонэйр, Синт-Эстатиус и Саба
ru|BRA|Бразилия
ru|BHS|Багамы
ru|BTN|Бутан
ru|BVT|о-в Буве
ru|BWA|Ботсвана
ru|BLR|Беларусь
ru|BLZ|Белиз
ru|CAN|Канада
ru|CCK|Кокосовые о-ва
ru|COD|Конго - Киншаса
ru|CAF|Центрально-Африканская Республика
ru|COG|Конго - Браззавиль
ru|CHE|Швейцария
ru|CIV|Кот-д’Ивуар
ru|COK|о-ва Кука
ru|CHL|Чили
ru|CMR|Камерун
ru|CHN|Китай
ru|COL|Колумбия
ru|CRI|Коста-Рика
ru|CUB|Куба
ru|CPV|Кабо-Верде
ru|CUW|Кюрасао
ru|CXR|о-в Рождества
ru|CYP|Кипр
ru|CZE|Чехия
ru|DEU|Германия
ru|DGA|Диего-Гарсия
ru|DJI|Джибути
ru|DNK|Дания
ru|DMA|Доминика
ru|DOM|Доминиканская Республика
ru|DZA|Алжир
ru|XEA|Сеута и Мелилья
ru|ECU|Эквадор
ru|EST|Эстония
ru|EGY|Египет
ru|ESH|Западная Сахара
ru|ERI|Эритрея
ru|ESP|Испания
ru|ETH|Эфиопия
ru|FIN|Финляндия
ru|FJI|Фиджи
ru|FLK|Фолклендские о-ва
ru|FSM|Федеративные Штаты Микронезии
ru|FRO|Фарерские о-ва
ru|FRA|Франция
ru|GAB|Габон
ru|GBR|Великобритания
ru|GRD|Гренада
ru|GEO|Грузия
ru|GUF|Французская Гвиана
ru|GGY|Гернси
ru|GHA|Гана
ru|GIB|Гибралтар
ru|GRL|Гренландия
ru|GMB|Гамбия
ru|GIN|Гвинея
ru|GLP|Гваделупа
ru|GNQ|Экваториальная Гвинея
ru|GRC|Греция
ru|SGS|Южная Георгия и Южные Сандвичевы о-ва
ru|GTM|Гватемала
ru|GUM|Гуам
ru|GNB|Гвинея-Бисау
ru|GUY|Гайана
ru|HKG|Гонконг (САР)
ru|HMD|о-ва Херд и Макдональд
ru|HND|Гондурас
ru|HRV|Хорватия
ru|HTI|Гаити
ru|HUN|Венгрия
ru|XIC|Канарские о-ва
ru|IDN|Индонезия
ru|IRL|Ирландия
ru|ISR|Израиль
ru|IMN|о-в Мэн
ru|IND|Индия
ru|IOT|Британская территория в Индийском океане
ru|IRQ|Ирак
ru|IRN|Иран
ru|ISL|Исландия
ru|ITA|Италия
ru|JEY|Джерси
ru|JAM|Ямайка
ru|JOR|Иордания
ru|JPN|Япония
ru|KEN|Кения
ru|KGZ|Киргизия
ru|KHM|Камбоджа
ru|KIR|Кирибати
ru|COM|Коморы
ru|KNA|Сент-Китс и Невис
ru|PRK|КНДР
ru|KOR|Республика Корея
ru|KWT|Кувейт
ru|CYM|о-ва Кайман
ru|KAZ|Казахстан
ru|LAO|Лаос
ru|LBN|Ливан
ru|LCA|Сент-Люсия
ru|LIE|Лихтенштейн
ru|LKA|Шри-Ланка
ru|LBR|Либерия
ru|LSO|Лесото
ru|LTU|Литва
ru|LUX|Люксембург
ru|LVA|Латвия
ru|LBY|Ливия
ru|MAR|Марокко
ru|MCO|Монако
ru|MDA|Молдова
ru|MNE|Черногория
ru|MAF|Сен-Мартен
ru|MDG|Мадагаскар
ru|MHL|Маршалловы о-ва
ru|MKD|Северная Македония
ru|MLI|Мали
ru|MMR|Мьянма (Бирма)
ru|MNG|Монголия
ru|MAC|Макао (САР)
ru|MNP|Северные Марианские о-ва
ru|MTQ|Мартиника
ru|MRT|Мавритания
ru|MSR|Монтсеррат
ru|MLT|Мальта
ru|MUS|Маврикий
ru|MDV|Мальдивы
ru|MWI|Малави
ru|MEX|Мексика
ru|MYS|Малайзия
ru|MOZ|Мозамбик
ru|NAM|Намибия
ru|NCL|Новая Каледония
ru|NER|Нигер
ru|NFK|о-в Норфолк
ru|NGA|Нигерия
ru|NIC|Никарагуа
ru|NLD|Нидерланды
ru|NOR|Норвегия
ru|NPL|Непал
ru|NRU|Науру
ru|NIU|Ниуэ
ru|NZL|Новая Зеландия
ru|OMN|Оман
ru|PAN|Панама
ru|PER|Перу
ru|PYF|Французская Полинезия
ru|PNG|Папуа — Новая Гвинея
ru|PHL|Филиппины
ru|PAK|Пакистан
ru|POL|Польша
ru|SPM|Сен-Пьер и Микелон
ru|PCN|о-ва Питкэрн
ru|PRI|Пуэрто-Рико
ru|PSE|Палестинские территории
ru|PRT|Португалия
ru|PLW|Палау
ru|PRY|Парагвай
ru|QAT|Катар
ru|REU|Реюньон
ru|ROU|Румыния
ru|SRB|Сербия
ru|RUS|Россия
ru|RWA|Руанда
ru|SAU|Саудовская Аравия
ru|SLB|Соломоновы о-ва
ru|SYC|Сейшельские о-ва
ru|SDN|Судан
ru|SWE|Швеция
ru|SGP|Сингапур
ru|SHN|о-в Св. Елены
ru|SVN|Словения
ru|SJM|Шпицберген и Ян-Майен
ru|SVK|Словакия
ru|SLE|Сьерра-Леоне
ru|SMR|Сан-Марино
ru|SEN|Сенегал
ru|SOM|Сомали
ru|SUR|Суринам
ru|SSD|Южный Судан
ru|STP|Сан-Томе и Принсипи
ru|SLV|Сальвадор
ru|SXM|Синт-Мартен
ru|SYR|Сирия
ru|SWZ|Эсватини
ru|TCA|Тёркс и Кайкос
ru|TCD|Чад
ru|ATF|Французские Южные территории
ru|TGO|Того
ru|THA|Таиланд
ru|TJK|Таджикистан
ru|TKL|Токелау
ru|TLS|Восточный Тимор
ru|TKM|Туркменистан
ru|TUN|Тунис
ru|TON|Тонга
ru|TUR|Турция
ru|TTO|Тринидад и Тобаго
ru|TUV|Тувалу
ru|TWN|Тайвань
ru|TZA|Танзания
ru|UKR|Украина
ru|UGA|Уганда
ru|UMI|Внешние малые о-ва (США)
ru|USA|Соединенные Штаты
ru|URY|Уругвай
ru|UZB|Узбекистан
ru|VAT|Ватикан
ru|VCT|Сент-Винсент и Гренадины
ru|VEN|Венесуэла
ru|VGB|Виргинские о-ва (Великобритания)
ru|VIR|Виргинские о-ва (США)
ru|VNM|Вьетнам
ru|VUT|Вануату
ru|WLF|Уоллис и Футуна
ru|WSM|Самоа
ru|XKK|Косово
ru|YEM|Йемен
ru|MYT|Майотта
ru|ZAF|Южно-Африканская Республика
ru|ZMB|Замбия
ru|ZWE|Зимбабве
ar|AND|أندورا
ar|ARE|الإمارات العربية المتحدة
ar|AFG|أفغانستان
ar|ATG|أنتيغوا وبربودا
ar|AIA|أنغويلا
ar|ALB|ألبانيا
ar|ARM|أرمينيا
ar|AGO|أنغولا
ar|ATA|أنتاركتيكا
ar|ARG|الأرجنتين
ar|ASM|ساموا الأمريكية
ar|AUT|النمسا
ar|AUS|أستراليا
ar|ABW|أروبا
ar|ALA|جزر آلاند
ar|AZE|أذربيجان
ar|BIH|البوسنة والهرسك
ar|BRB|بربادوس
ar|BGD|بنغلاديش
ar|BEL|بلجيكا
ar|BFA|بوركينا فاسو
ar|BGR|بلغاريا
ar|BHR|البحرين
ar|BDI|بوروندي
ar|BEN|بنين
ar|BLM|سان بارتليمي
ar|BMU|برمودا
ar|BRN|بروناي
ar|BOL|بوليفيا
ar|BES|هولندا الكاريبية
ar|BRA|البرازيل
ar|BHS|جزر البهاما
ar|BTN|بوتان
ar|BVT|جزيرة بوفيه
ar|BWA|بوتسوانا
ar|BLR|بيلاروس
ar|BLZ|بليز
ar|CAN|كندا
ar|CCK|جزر كوكوس (كيلينغ)
ar|COD|الكونغو - كينشاسا
ar|CAF|جمهورية أفريقيا الوسطى
ar|COG|الكونغو - برازافيل
ar|CHE|سويسرا
ar|CIV|ساحل العاج
ar|COK|جزر كوك
ar|CHL|تشيلي
ar|CMR|الكاميرون
ar|CHN|الصين
ar|COL|كولومبيا
ar|CRI|كوستاريكا
ar|CUB|كوبا
ar|CPV|الرأس الأخضر
ar|CUW|كوراساو
ar|CXR|جزيرة كريسماس
ar|CYP|قبرص
ar|CZE|التشيك
ar|DEU|ألمانيا
ar|DGA|دييغو غارسيا
ar|DJI|جيبوتي
ar|DNK|الدانمرك
ar|DMA|دومينيكا
ar|DOM|جمهورية الدومينيكان
ar|DZA|الجزائر
ar|XEA|سيوتا وميليلا
ar|ECU|الإكوادور
ar|EST|إستونيا
ar|EGY|مصر
ar|ESH|الصحراء الغربية
ar|ERI|إريتريا
ar|ESP|إسبانيا
ar|ETH|إثيوبيا
ar|FIN|فنلندا
ar|FJI|فيجي
ar|FLK|جزر فوكلاند
ar|FSM|ميكرونيزيا
ar|FRO|جزر فارو
ar|FRA|فرنسا
ar|GAB|الغابون
ar|GBR|المملكة المتحدة
ar|GRD|غرينادا
ar|GEO|جورجيا
ar|GUF|غويانا الفرنسية
ar|GGY|غيرنزي
ar|GHA|غانا
ar|GIB|جبل طارق
ar|GRL|غرينلاند
ar|GMB|غامبيا
ar|GIN|غينيا
ar|GLP|غوادلوب
ar|GNQ|غينيا الاستوائية
ar|GRC|اليونان
ar|SGS|جورجيا الجنوبية وجزر ساندويتش الجنوبية
ar|GTM|غواتيمالا
ar|GUM|غوام
ar|GNB|غينيا بيساو
ar|GUY|غيانا
ar|HKG|هونغ كونغ الصينية (منطقة إدارية خاصة)
ar|HMD|جزيرة هيرد وجزر ماكدونالد
ar|HND|هندوراس
ar|HRV|كرواتيا
ar|HTI|هايتي
ar|HUN|هنغاريا
ar|XIC|جزر الكناري
ar|IDN|إندونيسيا
ar|IRL|أيرلندا
ar|ISR|إسرائيل
ar|IMN|جزيرة مان
ar|IND|الهند
ar|IOT|الإقليم البريطاني في المحيط الهندي
ar|IRQ|العراق
ar|IRN|إيران
ar|ISL|آيسلندا
ar|ITA|إيطاليا
ar|JEY|جيرسي
ar|JAM|جامايكا
ar|JOR|الأردن
ar|JPN|اليابان
ar|KEN|كينيا
ar|KGZ|قيرغيزستان
ar|KHM|كمبوديا
ar|KIR|كيريباتي
ar|COM|جزر القمر
ar|KNA|سانت كيتس ونيفيس
ar|PRK|كوريا الشمالية
ar|KOR|كوريا الجنوبية
ar|KWT|الكويت
ar|CYM|جزر كايمان
ar|KAZ|كازاخستان
ar|LAO|لاوس
ar|LBN|لبنان
ar|LCA|سانت لوسيا
ar|LIE|ليختنشتاين
ar|LKA|سريلانكا
ar|LBR|ليبيريا
ar|LSO|ليسوتو
ar|LTU|ليتوانيا
ar|LUX|لوكسمبورغ
ar|LVA|لاتفيا
ar|LBY|ليبيا
ar|MAR|المغرب
ar|MCO|موناكو
ar|MDA|مولدوفا
ar|MNE|الجبل الأسود
ar|MAF|سان مارتن
ar|MDG|مدغشقر
ar|MHL|جزر مارشال
ar|MKD|مقدونيا الشمالية
ar|MLI|مالي
ar|MMR|ميانمار (بورما)
ar|MNG|منغوليا
ar|MAC|منطقة ماكاو الإدارية الخاصة
ar|MNP|جزر ماريانا الشمالية
ar|MTQ|جزر المارتينيك
ar|MRT|موريتانيا
ar|MSR|مونتسرات
ar|MLT|مالطا
ar|MUS|موريشيوس
ar|MDV|جزر المالديف
ar|MWI|ملاوي
ar|MEX|المكسيك
ar|MYS|ماليزيا
ar|MOZ|موزمبيق
ar|NAM|ناميبيا
ar|NCL|كاليدونيا الجديدة
ar|NER|النيجر
ar|NFK|جزيرة نورفولك
ar|NGA|نيجيريا
ar|NIC|نيكاراغوا
ar|NLD|هولندا
ar|NOR|النرويج
ar|NPL|نيبال
ar|NRU|ناورو
ar|NIU|نيوي
ar|NZL|نيوزيلندا
ar|OMN|عُمان
ar|PAN|بنما
ar|PER|بيرو
ar|PYF|بولينيزيا الفرنسية
ar|PNG|بابوا غينيا الجديدة
ar|PHL|الفلبين
ar|PAK|باكستان
ar|POL|بولندا
ar|SPM|سان بيير ومكويلون
ar|PCN|جزر بيتكيرن
ar|PRI|بورتوريكو
ar|PSE|الأراضي الفلسطينية
ar|PRT|البرتغال
ar|PLW|بالاو
ar|PRY|باراغواي
ar|QAT|قطر
ar|REU|روينيون
ar|ROU|رومانيا
ar|SRB|صربيا
ar|RUS|روسيا
ar|RWA|رواندا
ar|SAU|المملكة العربية السعودية
ar|SLB|جزر سليمان
ar|SYC|سيشل
ar|SDN|السودان
ar|SWE|السويد
ar|SGP|سنغافورة
ar|SHN|سانت هيلينا
ar|SVN|سلوفينيا
ar|SJM|سفالبارد وجان ماين
ar|SVK|سلوفاكيا
ar|SLE|سيراليون
ar|SMR|سان مارينو
ar|SEN|السنغال
ar|SOM|الصومال
ar|SUR|سورينام
ar|SSD|جنوب السودان
ar|STP|ساو تومي وبرينسيبي
ar|SLV|السلفادور
ar|SXM|سانت مارتن
ar|SYR|سوريا
ar|SWZ|إسواتيني
ar|TCA|جزر توركس وكايكوس
ar|TCD|تشاد
ar|ATF|الأقاليم الجنوبية الفرنسية
ar|TGO|توغو
ar|THA|تايلاند
ar|TJK|طاجيكستان
ar|TKL|توكيلو
ar|TLS|تيمور - ليشتي
ar|TKM|تركمانستان
ar|TUN|تونس
ar|TON|تونغا
ar|TUR|تركيا
ar|TTO|ترينيداد وتوباغو
ar|TUV|توفالو
ar|TWN|تايوان
ar|TZA|تنزانيا
ar|UKR|أوكرانيا
ar|UGA|أوغندا
ar|UMI|جزر الولايات المتحدة النائية
ar|USA|الولايات المتحدة
ar|URY|أورغواي
ar|UZB|أوزبكستان
ar|VAT|الفاتيكان
ar|VCT|سانت فنسنت وجزر غرينادين
ar|VEN|فنزويلا
ar|VGB|جزر فيرجن البريطانية
ar|VIR|جزر فيرجن التابعة للولايات المتحدة
ar|VNM|فيتنام
ar|VUT|فانواتو
ar|WLF|جزر والس وفوتونا
ar|WSM|ساموا
ar|XKK|كوسوفو
ar|YEM|اليمن
ar|MYT|مايوت
ar|ZAF|جنوب أفريقيا
ar|ZMB|زامبيا
ar|ZWE|زيمبابوي
"""#

    /// Each of those names' key (`CountryKey`) and its code, the first name to give a key
    /// winning: `key|CODE`.
    static let icuKeyed = #"""
afganistan|AFG
afghanistan|AFG
afriquedusud|ZAF
alandislands|ALA
albania|ALB
albanie|ALB
alemania|DEU
algeria|DZA
algerie|DZA
allemagne|DEU
americansamoa|ASM
andorra|AND
andorre|AND
angola|AGO
anguila|AIA
anguilla|AIA
antarctica|ATA
antarctique|ATA
antartida|ATA
antiguabarbuda|ATG
antiguaetbarbuda|ATG
antiguaybarbuda|ATG
arabiasaudi|SAU
arabiesaoudite|SAU
argelia|DZA
argentina|ARG
argentine|ARG
armenia|ARM
armenie|ARM
aruba|ABW
australia|AUS
australie|AUS
austria|AUT
autriche|AUT
azerbaidjan|AZE
azerbaijan|AZE
azerbaiyan|AZE
bahamas|BHS
bahrain|BHR
bahrein|BHR
banglades|BGD
bangladesh|BGD
barbade|BRB
barbados|BRB
barein|BHR
belarus|BLR
belgica|BEL
belgique|BEL
belgium|BEL
belice|BLZ
belize|BLZ
benin|BEN
bermuda|BMU
bermudas|BMU
bermudes|BMU
bhoutan|BTN
bhutan|BTN
bielorrusia|BLR
bielorussie|BLR
bolivia|BOL
bolivie|BOL
bosniaherzegovina|BIH
bosniayherzegovina|BIH
bosnieherzegovine|BIH
botsuana|BWA
botswana|BWA
bouvetisland|BVT
brasil|BRA
brazil|BRA
bresil|BRA
britishindianoceanterritory|IOT
britishvirginislands|VGB
brunei|BRN
bulgaria|BGR
bulgarie|BGR
burkinafaso|BFA
burundi|BDI
butan|BTN
caboverde|CPV
cambodge|KHM
cambodia|KHM
camboya|KHM
cameroon|CMR
cameroun|CMR
camerun|CMR
canada|CAN
canarias|XIC
canaryislands|XIC
capeverde|CPV
capvert|CPV
caribbeannetherlands|BES
caribeneerlandes|BES
catar|QAT
caymanislands|CYM
centralafricanrepublic|CAF
ceutaetmelilla|XEA
ceutamelilla|XEA
ceutaymelilla|XEA
chad|TCD
chequia|CZE
chile|CHL
chili|CHL
china|CHN
chine|CHN
chipre|CYP
christmasisland|CXR
chypre|CYP
ciudaddelvaticano|VAT
cocoskeelingislands|CCK
colombia|COL
colombie|COL
comoras|COM
comores|COM
comoros|COM
congo|COG
congobrazzaville|COG
congokinshasa|COD
cookislands|COK
coreadelnorte|PRK
coreadelsur|KOR
coreedunord|PRK
coreedusud|KOR
costarica|CRI
cotedivoire|CIV
croacia|HRV
croatia|HRV
croatie|HRV
cuba|CUB
curacao|CUW
curazao|CUW
cyprus|CYP
czechia|CZE
danemark|DNK
denmark|DNK
diegogarcia|DGA
dinamarca|DNK
djibouti|DJI
dominica|DMA
dominicanrepublic|DOM
dominique|DMA
ecuador|ECU
egipto|EGY
egypt|EGY
egypte|EGY
emiratosarabesunidos|ARE
emiratsarabesunis|ARE
equateur|ECU
equatorialguinea|GNQ
eritrea|ERI
erythree|ERI
eslovaquia|SVK
eslovenia|SVN
espagne|ESP
espana|ESP
estadosunidos|USA
estonia|EST
estonie|EST
esuatini|SWZ
eswatini|SWZ
etatdelaciteduvatican|VAT
etatsunis|USA
ethiopia|ETH
ethiopie|ETH
etiopia|ETH
falklandislands|FLK
faroeislands|FRO
fidji|FJI
fiji|FJI
filipinas|PHL
finland|FIN
finlande|FIN
finlandia|FIN
fiyi|FJI
france|FRA
francia|FRA
frenchguiana|GUF
frenchpolynesia|PYF
frenchsouthernterritories|ATF
gabon|GAB
gambia|GMB
gambie|GMB
georgia|GEO
georgie|GEO
georgiedusudetlesilessandwichdusud|SGS
germany|DEU
ghana|GHA
gibraltar|GIB
granada|GRD
grece|GRC
grecia|GRC
greece|GRC
greenland|GRL
grenada|GRD
grenade|GRD
groenland|GRL
groenlandia|GRL
guadalupe|GLP
guadeloupe|GLP
guam|GUM
guatemala|GTM
guayanafrancesa|GUF
guernesey|GGY
guernsey|GGY
guinea|GIN
guineabisau|GNB
guineabissau|GNB
guineaecuatorial|GNQ
guinee|GIN
guineebissau|GNB
guineeequatoriale|GNQ
guyana|GUY
guyanefrancaise|GUF
haiti|HTI
heardmcdonaldislands|HMD
honduras|HND
hongkongsarchina|HKG
hongrie|HUN
hungary|HUN
hungria|HUN
iceland|ISL
ilebouvet|BVT
ilechristmas|CXR
iledeman|IMN
ilenorfolk|NFK
ilesaland|ALA
ilescaimans|CYM
ilescanaries|XIC
ilescocos|CCK
ilescook|COK
ilesferoe|FRO
ilesheardetmacdonald|HMD
ilesmalouines|FLK
ilesmariannesdunord|MNP
ilesmarshall|MHL
ilesmineureseloigneesdesetatsunis|UMI
ilespitcairn|PCN
ilessalomon|SLB
ilesturquesetcaiques|TCA
ilesviergesbritanniques|VGB
ilesviergesdesetatsunis|VIR
inde|IND
india|IND
indonesia|IDN
indonesie|IDN
irak|IRQ
iran|IRN
iraq|IRQ
ireland|IRL
irlanda|IRL
irlande|IRL
islabouvet|BVT
islademan|IMN
isladenavidad|CXR
islande|ISL
islandia|ISL
islanorfolk|NFK
islasaland|ALA
islascaiman|CYM
islascocos|CCK
islascook|COK
islasferoe|FRO
islasgeorgiadelsurysandwichdelsur|SGS
islasheardymcdonald|HMD
islasmalvinas|FLK
islasmarianasdelnorte|MNP
islasmarshall|MHL
islasmenoresalejadasdeeeuu|UMI
islaspitcairn|PCN
islassalomon|SLB
islasturcasycaicos|TCA
islasvirgenesbritanicas|VGB
islasvirgenesdeeeuu|VIR
isleofman|IMN
israel|ISR
italia|ITA
italie|ITA
italy|ITA
jamaica|JAM
jamaique|JAM
japan|JPN
japon|JPN
jersey|JEY
jordan|JOR
jordania|JOR
jordanie|JOR
kazajistan|KAZ
kazakhstan|KAZ
kenia|KEN
kenya|KEN
kirghizstan|KGZ
kirguistan|KGZ
kiribati|KIR
kosovo|XKK
koweit|KWT
kuwait|KWT
kyrgyzstan|KGZ
laos|LAO
latvia|LVA
lebanon|LBN
lesotho|LSO
lesoto|LSO
letonia|LVA
lettonie|LVA
liban|LBN
libano|LBN
liberia|LBR
libia|LBY
libya|LBY
libye|LBY
liechtenstein|LIE
lithuania|LTU
lituania|LTU
lituanie|LTU
luxembourg|LUX
luxemburgo|LUX
macaosarchina|MAC
macedoinedunord|MKD
macedoniadelnorte|MKD
madagascar|MDG
malaisie|MYS
malasia|MYS
malaui|MWI
malawi|MWI
malaysia|MYS
maldivas|MDV
maldives|MDV
mali|MLI
malta|MLT
malte|MLT
maroc|MAR
marruecos|MAR
marshallislands|MHL
martinica|MTQ
martinique|MTQ
maurice|MUS
mauricio|MUS
mauritania|MRT
mauritanie|MRT
mauritius|MUS
mayotte|MYT
mexico|MEX
mexique|MEX
micronesia|FSM
micronesie|FSM
moldavia|MDA
moldavie|MDA
moldova|MDA
monaco|MCO
mongolia|MNG
mongolie|MNG
montenegro|MNE
montserrat|MSR
morocco|MAR
mozambique|MOZ
myanmarbirmania|MMR
myanmarbirmanie|MMR
myanmarburma|MMR
namibia|NAM
namibie|NAM
nauru|NRU
nepal|NPL
netherlands|NLD
newcaledonia|NCL
newzealand|NZL
nicaragua|NIC
niger|NER
nigeria|NGA
niue|NIU
norfolkisland|NFK
northernmarianaislands|MNP
northkorea|PRK
northmacedonia|MKD
noruega|NOR
norvege|NOR
norway|NOR
nouvellecaledonie|NCL
nouvellezelande|NZL
nuevacaledonia|NCL
nuevazelanda|NZL
oman|OMN
ouganda|UGA
ouzbekistan|UZB
paisesbajos|NLD
pakistan|PAK
palaos|PLW
palau|PLW
palestinianterritories|PSE
panama|PAN
papouasienouvelleguinee|PNG
papuanewguinea|PNG
papuanuevaguinea|PNG
paraguay|PRY
paysbas|NLD
paysbascaribeens|BES
perou|PER
peru|PER
philippines|PHL
pitcairnislands|PCN
poland|POL
polinesiafrancesa|PYF
pologne|POL
polonia|POL
polynesiefrancaise|PYF
portorico|PRI
portugal|PRT
puertorico|PRI
qatar|QAT
raedehongkongchina|HKG
raedemacaochina|MAC
raschinoisedehongkong|HKG
raschinoisedemacao|MAC
reinounido|GBR
republicacentroafricana|CAF
republicademocraticadelcongo|COD
republicadominicana|DOM
republiquecentrafricaine|CAF
republiquedominicaine|DOM
reunion|REU
romania|ROU
roumanie|ROU
royaumeuni|GBR
ruanda|RWA
rumania|ROU
rusia|RUS
russia|RUS
russie|RUS
rwanda|RWA
saharaoccidental|ESH
saintbarthelemy|BLM
saintchristopheetnieves|KNA
saintehelene|SHN
saintelucie|LCA
saintmarin|SMR
saintmartin|MAF
saintmartinpartieneerlandaise|SXM
saintpierreetmiquelon|SPM
saintvincentetlesgrenadines|VCT
salvador|SLV
samoa|WSM
samoaamericaines|ASM
samoaamericana|ASM
sanbartolome|BLM
sancristobalynieves|KNA
sanmarino|SMR
sanmartin|MAF
sanpedroymiquelon|SPM
santaelena|SHN
santalucia|LCA
santotomeyprincipe|STP
sanvicenteylasgranadinas|VCT
saotomeetprincipe|STP
saotomeprincipe|STP
saudiarabia|SAU
senegal|SEN
serbia|SRB
serbie|SRB
seychelles|SYC
sierraleona|SLE
sierraleone|SLE
singapore|SGP
singapour|SGP
singapur|SGP
sintmaarten|SXM
siria|SYR
slovakia|SVK
slovaquie|SVK
slovenia|SVN
slovenie|SVN
solomonislands|SLB
somalia|SOM
somalie|SOM
soudan|SDN
soudandusud|SSD
southafrica|ZAF
southgeorgiasouthsandwichislands|SGS
southkorea|KOR
southsudan|SSD
spain|ESP
srilanka|LKA
stbarthelemy|BLM
sthelena|SHN
stkittsnevis|KNA
stlucia|LCA
stmartin|MAF
stpierremiquelon|SPM
stvincentgrenadines|VCT
sudafrica|ZAF
sudan|SDN
sudandelsur|SSD
suecia|SWE
suede|SWE
suisse|CHE
suiza|CHE
surinam|SUR
suriname|SUR
svalbardetjanmayen|SJM
svalbardjanmayen|SJM
svalbardyjanmayen|SJM
sweden|SWE
switzerland|CHE
syria|SYR
syrie|SYR
tadjikistan|TJK
tailandia|THA
taiwan|TWN
tajikistan|TJK
tanzania|TZA
tanzanie|TZA
tayikistan|TJK
tchad|TCD
tchequie|CZE
terresaustralesfrancaises|ATF
territoirebritanniquedeloceanindien|IOT
territoirespalestiniens|PSE
territoriobritanicodeloceanoindico|IOT
territoriosaustralesfranceses|ATF
territoriospalestinos|PSE
thailand|THA
thailande|THA
timorleste|TLS
timororiental|TLS
togo|TGO
tokelau|TKL
tonga|TON
trinidadtobago|TTO
trinidadytobago|TTO
triniteettobago|TTO
tunez|TUN
tunisia|TUN
tunisie|TUN
turkey|TUR
turkmenistan|TKM
turkscaicosislands|TCA
turquia|TUR
turquie|TUR
tuvalu|TUV
ucrania|UKR
uganda|UGA
ukraine|UKR
unitedarabemirates|ARE
unitedkingdom|GBR
unitedstates|USA
uruguay|URY
usoutlyingislands|UMI
usvirginislands|VIR
uzbekistan|UZB
vanuatu|VUT
vaticancity|VAT
venezuela|VEN
vietnam|VNM
wallisetfutuna|WLF
wallisfutuna|WLF
wallisyfutuna|WLF
westernsahara|ESH
yemen|YEM
yibuti|DJI
zambia|ZMB
zambie|ZMB
zimbabue|ZWE
zimbabwe|ZWE
австралия|AUS
австрия|AUT
азербаиджан|AZE
аландскиеова|ALA
албания|ALB
алжир|DZA
американскоесамоа|ASM
ангилья|AIA
ангола|AGO
андорра|AND
антарктида|ATA
антигуаибарбуда|ATG
аргентина|ARG
армения|ARM
аруба|ABW
афганистан|AFG
багамы|BHS
бангладеш|BGD
барбадос|BRB
бахреин|BHR
беларусь|BLR
белиз|BLZ
бельгия|BEL
бенин|BEN
бермудскиеова|BMU
болгария|BGR
боливия|BOL
бонэирсинтэстатиусисаба|BES
боснияигерцеговина|BIH
ботсвана|BWA
бразилия|BRA
британскаятерриториявиндиискомокеане|IOT
брунеи|BRN
буркинафасо|BFA
бурунди|BDI
бутан|BTN
вануату|VUT
ватикан|VAT
великобритания|GBR
венгрия|HUN
венесуэла|VEN
виргинскиеовавеликобритания|VGB
виргинскиеовасша|VIR
внешниемалыеовасша|UMI
восточныитимор|TLS
вьетнам|VNM
габон|GAB
гаиана|GUY
гаити|HTI
гамбия|GMB
гана|GHA
гваделупа|GLP
гватемала|GTM
гвинея|GIN
гвинеябисау|GNB
германия|DEU
гернси|GGY
гибралтар|GIB
гондурас|HND
гонконгсар|HKG
гренада|GRD
гренландия|GRL
греция|GRC
грузия|GEO
гуам|GUM
дания|DNK
джерси|JEY
джибути|DJI
диегогарсия|DGA
доминика|DMA
доминиканскаяреспублика|DOM
египет|EGY
замбия|ZMB
западнаясахара|ESH
зимбабве|ZWE
иемен|YEM
израиль|ISR
индия|IND
индонезия|IDN
иордания|JOR
ирак|IRQ
иран|IRN
ирландия|IRL
исландия|ISL
испания|ESP
италия|ITA
кабоверде|CPV
казахстан|KAZ
камбоджа|KHM
камерун|CMR
канада|CAN
канарскиеова|XIC
катар|QAT
кения|KEN
кипр|CYP
киргизия|KGZ
кирибати|KIR
китаи|CHN
кндр|PRK
кокосовыеова|CCK
колумбия|COL
коморы|COM
конгобраззавиль|COG
конгокиншаса|COD
косово|XKK
костарика|CRI
котдивуар|CIV
куба|CUB
кувеит|KWT
кюрасао|CUW
лаос|LAO
латвия|LVA
лесото|LSO
либерия|LBR
ливан|LBN
ливия|LBY
литва|LTU
лихтенштеин|LIE
люксембург|LUX
маврикии|MUS
мавритания|MRT
мадагаскар|MDG
маиотта|MYT
макаосар|MAC
малави|MWI
малаизия|MYS
мали|MLI
мальдивы|MDV
мальта|MLT
марокко|MAR
мартиника|MTQ
маршалловыова|MHL
мексика|MEX
мозамбик|MOZ
молдова|MDA
монако|MCO
монголия|MNG
монтсеррат|MSR
мьянмабирма|MMR
намибия|NAM
науру|NRU
непал|NPL
нигер|NER
нигерия|NGA
нидерланды|NLD
никарагуа|NIC
ниуэ|NIU
новаязеландия|NZL
новаякаледония|NCL
норвегия|NOR
оаэ|ARE
овакаиман|CYM
овакука|COK
овапиткэрн|PCN
овахердимакдональд|HMD
овбуве|BVT
овмэн|IMN
овнорфолк|NFK
оврождества|CXR
овсвелены|SHN
оман|OMN
пакистан|PAK
палау|PLW
палестинскиетерритории|PSE
панама|PAN
папуановаягвинея|PNG
парагваи|PRY
перу|PER
польша|POL
португалия|PRT
пуэрторико|PRI
республикакорея|KOR
реюньон|REU
россия|RUS
руанда|RWA
румыния|ROU
сальвадор|SLV
самоа|WSM
санмарино|SMR
сантомеипринсипи|STP
саудовскаяаравия|SAU
севернаямакедония|MKD
северныемарианскиеова|MNP
сеишельскиеова|SYC
сенбартелеми|BLM
сенегал|SEN
сенмартен|MAF
сенпьеримикелон|SPM
сентвинсентигренадины|VCT
сенткитсиневис|KNA
сентлюсия|LCA
сербия|SRB
сеутаимелилья|XEA
сингапур|SGP
синтмартен|SXM
сирия|SYR
словакия|SVK
словения|SVN
соединенныештаты|USA
соломоновыова|SLB
сомали|SOM
судан|SDN
суринам|SUR
сьерралеоне|SLE
таджикистан|TJK
таивань|TWN
таиланд|THA
танзания|TZA
терксикаикос|TCA
того|TGO
токелау|TKL
тонга|TON
тринидадитобаго|TTO
тувалу|TUV
тунис|TUN
туркменистан|TKM
турция|TUR
уганда|UGA
узбекистан|UZB
украина|UKR
уоллисифутуна|WLF
уругваи|URY
фарерскиеова|FRO
федеративныештатымикронезии|FSM
фиджи|FJI
филиппины|PHL
финляндия|FIN
фолклендскиеова|FLK
франция|FRA
французскаягвиана|GUF
французскаяполинезия|PYF
французскиеюжныетерритории|ATF
хорватия|HRV
центральноафриканскаяреспублика|CAF
чад|TCD
черногория|MNE
чехия|CZE
чили|CHL
швеицария|CHE
швеция|SWE
шпицбергениянмаиен|SJM
шриланка|LKA
эквадор|ECU
экваториальнаягвинея|GNQ
эритрея|ERI
эсватини|SWZ
эстония|EST
эфиопия|ETH
южнаягеоргияиюжныесандвичевыова|SGS
южноафриканскаяреспублика|ZAF
южныисудан|SSD
ямаика|JAM
япония|JPN
االراضيالفلسطينية|PSE
االرجنتين|ARG
االردن|JOR
االقاليمالجنوبيةالفرنسية|ATF
االقليمالبريطانيفيالمحيطالهندي|IOT
االكوادور|ECU
االماراتالعربيةالمتحدة|ARE
اثيوبيا|ETH
اذربيجان|AZE
ارمينيا|ARM
اروبا|ABW
اريتريا|ERI
اسبانيا|ESP
استراليا|AUS
استونيا|EST
اسراييل|ISR
اسواتيني|SWZ
افغانستان|AFG
البانيا|ALB
البحرين|BHR
البرازيل|BRA
البرتغال|PRT
البوسنةوالهرسك|BIH
التشيك|CZE
التفيا|LVA
الجبالالسود|MNE
الجزاير|DZA
الدانمرك|DNK
الراساالخضر|CPV
السلفادور|SLV
السنغال|SEN
السودان|SDN
السويد|SWE
الصحراءالغربية|ESH
الصومال|SOM
الصين|CHN
العراق|IRQ
الغابون|GAB
الفاتيكان|VAT
الفلبين|PHL
الكاميرون|CMR
الكونغوبرازافيل|COG
الكونغوكينشاسا|COD
الكويت|KWT
المانيا|DEU
المغرب|MAR
المكسيك|MEX
المملكةالعربيةالسعودية|SAU
المملكةالمتحدة|GBR
النرويج|NOR
النمسا|AUT
النيجر|NER
الهند|IND
الوالياتالمتحدة|USA
الوس|LAO
اليابان|JPN
اليمن|YEM
اليونان|GRC
انتاركتيكا|ATA
انتيغواوبربودا|ATG
اندورا|AND
اندونيسيا|IDN
انغوال|AGO
انغويال|AIA
اورغواي|URY
اوزبكستان|UZB
اوغندا|UGA
اوكرانيا|UKR
ايران|IRN
ايرلندا|IRL
ايسلندا|ISL
ايطاليا|ITA
باالو|PLW
بابواغينياالجديدة|PNG
باراغواي|PRY
باكستان|PAK
بربادوس|BRB
برمودا|BMU
بروناي|BRN
بلجيكا|BEL
بلغاريا|BGR
بليز|BLZ
بنغالديش|BGD
بنما|PAN
بنين|BEN
بوتان|BTN
بوتسوانا|BWA
بورتوريكو|PRI
بوركينافاسو|BFA
بوروندي|BDI
بولندا|POL
بوليفيا|BOL
بولينيزياالفرنسية|PYF
بيالروس|BLR
بيرو|PER
تايالند|THA
تايوان|TWN
تركمانستان|TKM
تركيا|TUR
ترينيدادوتوباغو|TTO
تشاد|TCD
تشيلي|CHL
تنزانيا|TZA
توغو|TGO
توفالو|TUV
توكيلو|TKL
تونس|TUN
تونغا|TON
تيمورليشتي|TLS
جامايكا|JAM
جبلطارق|GIB
جزراالند|ALA
جزرالبهاما|BHS
جزرالقمر|COM
جزرالكناري|XIC
جزرالمارتينيك|MTQ
جزرالمالديف|MDV
جزرالوالياتالمتحدةالنايية|UMI
جزربيتكيرن|PCN
جزرتوركسوكايكوس|TCA
جزرسليمان|SLB
جزرفارو|FRO
جزرفوكالند|FLK
جزرفيرجنالبريطانية|VGB
جزرفيرجنالتابعةللوالياتالمتحدة|VIR
جزركايمان|CYM
جزركوك|COK
جزركوكوسكيلينغ|CCK
جزرمارشال|MHL
جزرمارياناالشمالية|MNP
جزروالسوفوتونا|WLF
جزيرةبوفيه|BVT
جزيرةكريسماس|CXR
جزيرةمان|IMN
جزيرةنورفولك|NFK
جزيرةهيردوجزرماكدونالد|HMD
جمهوريةافريقياالوسطي|CAF
جمهوريةالدومينيكان|DOM
جنوبافريقيا|ZAF
جنوبالسودان|SSD
جورجيا|GEO
جورجياالجنوبيةوجزرساندويتشالجنوبية|SGS
جيبوتي|DJI
جيرسي|JEY
دومينيكا|DMA
دييغوغارسيا|DGA
رواندا|RWA
روسيا|RUS
رومانيا|ROU
روينيون|REU
زامبيا|ZMB
زيمبابوي|ZWE
ساحاللعاج|CIV
ساموا|WSM
ساموااالمريكية|ASM
سانبارتليمي|BLM
سانبييرومكويلون|SPM
سانتفنسنتوجزرغرينادين|VCT
سانتكيتسونيفيس|KNA
سانتلوسيا|LCA
سانتمارتن|SXM
سانتهيلينا|SHN
سانمارتن|MAF
سانمارينو|SMR
ساوتوميوبرينسيبي|STP
سريالنكا|LKA
سفالباردوجانماين|SJM
سلوفاكيا|SVK
سلوفينيا|SVN
سنغافورة|SGP
سوريا|SYR
سورينام|SUR
سويسرا|CHE
سيراليون|SLE
سيشل|SYC
سيوتاوميليال|XEA
صربيا|SRB
طاجيكستان|TJK
عمان|OMN
غامبيا|GMB
غانا|GHA
غرينادا|GRD
غرينالند|GRL
غواتيماال|GTM
غوادلوب|GLP
غوام|GUM
غوياناالفرنسية|GUF
غيانا|GUY
غيرنزي|GGY
غينيا|GIN
غينيااالستوايية|GNQ
غينيابيساو|GNB
فانواتو|VUT
فرنسا|FRA
فنزويال|VEN
فنلندا|FIN
فيتنام|VNM
فيجي|FJI
قبرص|CYP
قطر|QAT
قيرغيزستان|KGZ
كازاخستان|KAZ
كاليدونياالجديدة|NCL
كرواتيا|HRV
كمبوديا|KHM
كندا|CAN
كوبا|CUB
كوراساو|CUW
كورياالجنوبية|KOR
كورياالشمالية|PRK
كوستاريكا|CRI
كوسوفو|XKK
كولومبيا|COL
كيريباتي|KIR
كينيا|KEN
لبنان|LBN
لوكسمبورغ|LUX
ليبيا|LBY
ليبيريا|LBR
ليتوانيا|LTU
ليختنشتاين|LIE
ليسوتو|LSO
مالطا|MLT
مالوي|MWI
مالي|MLI
ماليزيا|MYS
مايوت|MYT
مدغشقر|MDG
مصر|EGY
مقدونياالشمالية|MKD
منطقةماكاواالداريةالخاصة|MAC
منغوليا|MNG
موريتانيا|MRT
موريشيوس|MUS
موزمبيق|MOZ
مولدوفا|MDA
موناكو|MCO
مونتسرات|MSR
ميانماربورما|MMR
ميكرونيزيا|FSM
ناميبيا|NAM
ناورو|NRU
نيبال|NPL
نيجيريا|NGA
نيكاراغوا|NIC
نيوزيلندا|NZL
نيوي|NIU
هايتي|HTI
هندوراس|HND
هنغاريا|HUN
هولندا|NLD
هولنداالكاريبية|BES
هونغكونغالصينيةمنطقةاداريةخاصة|HKG
不丹|BTN
东帝汶|TLS
中国|CHN
中国澳门特别行政区|MAC
中国香港特别行政区|HKG
中非共和国|CAF
丹麦|DNK
乌克兰|UKR
乌兹别克斯坦|UZB
乌干达|UGA
乌拉圭|URY
乍得|TCD
也门|YEM
亚美尼亚|ARM
以色列|ISR
伊拉克|IRQ
伊朗|IRN
休达及梅利利亚|XEA
伯利兹|BLZ
佛得角|CPV
俄罗斯|RUS
保加利亚|BGR
克罗地亚|HRV
关岛|GUM
冈比亚|GMB
冰岛|ISL
几内亚|GIN
几内亚比绍|GNB
列支敦士登|LIE
刚果布|COG
刚果金|COD
利比亚|LBY
利比里亚|LBR
加拿大|CAN
加纳|GHA
加纳利群岛|XIC
加蓬|GAB
匈牙利|HUN
北马其顿|MKD
北马里亚纳群岛|MNP
南乔治亚和南桑威奇群岛|SGS
南极洲|ATA
南苏丹|SSD
南非|ZAF
博茨瓦纳|BWA
卡塔尔|QAT
卢旺达|RWA
卢森堡|LUX
印度|IND
印度尼西亚|IDN
危地马拉|GTM
厄瓜多尔|ECU
厄立特里亚|ERI
叙利亚|SYR
古巴|CUB
台湾|TWN
吉尔吉斯斯坦|KGZ
吉布提|DJI
哈萨克斯坦|KAZ
哥伦比亚|COL
哥斯达黎加|CRI
喀麦隆|CMR
图瓦卢|TUV
土库曼斯坦|TKM
土耳其|TUR
圣卢西亚|LCA
圣基茨和尼维斯|KNA
圣多美和普林西比|STP
圣巴泰勒米|BLM
圣文森特和格林纳丁斯|VCT
圣皮埃尔和密克隆群岛|SPM
圣诞岛|CXR
圣赫勒拿|SHN
圣马力诺|SMR
圭亚那|GUY
坦桑尼亚|TZA
埃及|EGY
埃塞俄比亚|ETH
基里巴斯|KIR
塔吉克斯坦|TJK
塞内加尔|SEN
塞尔维亚|SRB
塞拉利昂|SLE
塞浦路斯|CYP
塞舌尔|SYC
墨西哥|MEX
多哥|TGO
多米尼克|DMA
多米尼加共和国|DOM
奥兰群岛|ALA
奥地利|AUT
委内瑞拉|VEN
孟加拉国|BGD
安哥拉|AGO
安圭拉|AIA
安提瓜和巴布达|ATG
安道尔|AND
密克罗尼西亚|FSM
尼加拉瓜|NIC
尼日利亚|NGA
尼日尔|NER
尼泊尔|NPL
巴勒斯坦领土|PSE
巴哈马|BHS
巴基斯坦|PAK
巴巴多斯|BRB
巴布亚新几内亚|PNG
巴拉圭|PRY
巴拿马|PAN
巴林|BHR
巴西|BRA
布基纳法索|BFA
布隆迪|BDI
布韦岛|BVT
希腊|GRC
帕劳|PLW
库克群岛|COK
库拉索|CUW
开曼群岛|CYM
德国|DEU
意大利|ITA
所罗门群岛|SLB
托克劳|TKL
拉脱维亚|LVA
挪威|NOR
捷克|CZE
摩尔多瓦|MDA
摩洛哥|MAR
摩纳哥|MCO
文莱|BRN
斐济|FJI
斯威士兰|SWZ
斯洛伐克|SVK
斯洛文尼亚|SVN
斯瓦尔巴和扬马延|SJM
斯里兰卡|LKA
新加坡|SGP
新喀里多尼亚|NCL
新西兰|NZL
日本|JPN
智利|CHL
朝鲜|PRK
柬埔寨|KHM
根西岛|GGY
格林纳达|GRD
格陵兰|GRL
格鲁吉亚|GEO
梵蒂冈|VAT
比利时|BEL
毛里塔尼亚|MRT
毛里求斯|MUS
汤加|TON
沙特阿拉伯|SAU
法国|FRA
法属南部领地|ATF
法属圣马丁|MAF
法属圭亚那|GUF
法属波利尼西亚|PYF
法罗群岛|FRO
波兰|POL
波多黎各|PRI
波斯尼亚和黑塞哥维那|BIH
泰国|THA
泽西岛|JEY
津巴布韦|ZWE
洪都拉斯|HND
海地|HTI
澳大利亚|AUS
爱尔兰|IRL
爱沙尼亚|EST
牙买加|JAM
特克斯和凯科斯群岛|TCA
特立尼达和多巴哥|TTO
玻利维亚|BOL
瑙鲁|NRU
瑞典|SWE
瑞士|CHE
瓜德罗普|GLP
瓦利斯和富图纳|WLF
瓦努阿图|VUT
留尼汪|REU
白俄罗斯|BLR
百慕大|BMU
皮特凯恩群岛|PCN
直布罗陀|GIB
福克兰群岛|FLK
科威特|KWT
科摩罗|COM
科特迪瓦|CIV
科科斯基林群岛|CCK
科索沃|XKK
秘鲁|PER
突尼斯|TUN
立陶宛|LTU
索马里|SOM
约旦|JOR
纳米比亚|NAM
纽埃|NIU
缅甸|MMR
罗马尼亚|ROU
美国|USA
美国本土外小岛屿|UMI
美属维尔京群岛|VIR
美属萨摩亚|ASM
老挝|LAO
肯尼亚|KEN
芬兰|FIN
苏丹|SDN
苏里南|SUR
英国|GBR
英属印度洋领地|IOT
英属维尔京群岛|VGB
荷兰|NLD
荷属加勒比区|BES
荷属圣马丁|SXM
莫桑比克|MOZ
莱索托|LSO
菲律宾|PHL
萨尔瓦多|SLV
萨摩亚|WSM
葡萄牙|PRT
蒙古|MNG
蒙特塞拉特|MSR
西撒哈拉|ESH
西班牙|ESP
诺福克岛|NFK
贝宁|BEN
赞比亚|ZMB
赤道几内亚|GNQ
赫德岛和麦克唐纳群岛|HMD
越南|VNM
迪戈加西亚岛|DGA
阿塞拜疆|AZE
阿富汗|AFG
阿尔及利亚|DZA
阿尔巴尼亚|ALB
阿拉伯联合酋长国|ARE
阿曼|OMN
阿根廷|ARG
阿鲁巴|ABW
韩国|KOR
马尔代夫|MDV
马恩岛|IMN
马拉维|MWI
马提尼克|MTQ
马来西亚|MYS
马约特|MYT
马绍尔群岛|MHL
马耳他|MLT
马达加斯加|MDG
马里|MLI
黎巴嫩|LBN
黑山|MNE
"""#
}
