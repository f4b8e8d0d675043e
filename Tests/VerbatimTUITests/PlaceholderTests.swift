import Testing
@testable import VerbatimTUI
import VerbatimKit

@Test func stateHoldsRecord() {
    let state = AppState(record: Record(meeting: Meeting()))
    #expect(state.record.statements.isEmpty)
}
