import Testing
@testable import VerbatimTUI

@Test func scratch() {
    var s = SampleRecord.state(100, 16)
    print(screen(s))
    press(&s, "} } }")
    print(screen(s))
    s = SampleRecord.state(60, 14)
    press(&s, "} } } } r")
    print(screen(s))
    s = SampleRecord.state(40, 14)
    press(&s, "} } } ?")
    print(screen(s))
}
