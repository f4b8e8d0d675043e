import Testing
@testable import VerbatimKit

@Test func eachLanguageNamesTheRolesAndBodiesInItsOwnWords() {
    let expected: [String: (String, String, String, String)] = [
        "zh": ("主席", "秘书长", "安全理事会", "大会"),
        "en": ("President", "Secretary-General", "Security Council", "General Assembly"),
        "fr": ("Président", "Secrétaire général", "Conseil de sécurité", "Assemblée générale"),
        "es": ("Presidente", "Secretario General", "Consejo de Seguridad", "Asamblea General"),
        "ru": ("Председатель", "Генеральный секретарь", "Совет Безопасности", "Генеральная Ассамблея"),
        "ar": ("الرئيس", "الأمين العام", "مجلس الأمن", "الجمعية العامة"),
    ]
    for profile in LanguageProfile.all {
        let roles = profile.roles
        let names = try! #require(expected[profile.code])
        #expect(roles.president == names.0)
        #expect(roles.secretaryGeneral == names.1)
        #expect(roles.securityCouncil == names.2)
        #expect(roles.generalAssembly == names.3)
    }
    // A language without a profile of its own reads English.
    #expect(RoleNames(language: "de").president == "President")
}

@Test func meetingNumbersAreWrittenAsEachLanguageDoes() {
    #expect(RoleNames(language: "zh").meeting(8160) == "第8160次会议")
    #expect(RoleNames(language: "en").meeting(10124) == "10124th meeting")
    #expect(RoleNames(language: "en").meeting(8701) == "8701st meeting")
    #expect(RoleNames(language: "en").meeting(8702) == "8702nd meeting")
    #expect(RoleNames(language: "en").meeting(8703) == "8703rd meeting")
    #expect(RoleNames(language: "en").meeting(8711) == "8711th meeting")
    #expect(RoleNames(language: "fr").meeting(10124) == "10124e séance")
    #expect(RoleNames(language: "es").meeting(10124) == "10124ª sesión")
    #expect(RoleNames(language: "ru").meeting(10124) == "10124-е заседание")
    #expect(RoleNames(language: "ar").meeting(10124) == "الجلسة 10124")
}

@Test func namesAndTitlesComeInTheLanguagesOrder() {
    #expect(RoleNames(language: "zh").person(name: "萨巴赫", title: "先生") == "萨巴赫先生")
    #expect(RoleNames(language: "en").person(name: "Nebenzia", title: "Mr.") == "Mr. Nebenzia")
    #expect(RoleNames(language: "ru").person(name: "Небензя", title: "Г-н") == "Г-н Небензя")
    #expect(RoleNames(language: "ar").person(name: "ديكارلو", title: "السيدة") == "السيدة ديكارلو")
    #expect(RoleNames(language: "fr").person(name: "DiCarlo", title: nil) == "DiCarlo")
}

@Test func aRecordSymbolNamesItsBody() {
    let roles = RoleNames(language: "fr")
    #expect(roles.body(ofRecordSymbol: "S/PV.10124") == "Conseil de sécurité")
    #expect(roles.body(ofRecordSymbol: "A/ES-11/PV.23") == "Assemblée générale")
    #expect(roles.body(ofRecordSymbol: "S/2018/4") == nil)
}
