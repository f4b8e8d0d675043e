import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The parallel view, drawn: whole screens compared as text. Chinese beside an English version
/// built from the fixture, and a synthetic English and French pair whose French version splits a
/// paragraph and lacks a statement.
@Suite struct ParallelViewTests {
    static let zhEn: [(record: Record, path: String?)] = [
        (Fixture.record, Fixture.path), (ParallelRecords.english(of: Fixture.record), "/records/S_PV.8160_en.txt"),
    ]
    static let enFr: [(record: Record, path: String?)] = {
        let pair = ParallelRecords.englishAndFrench
        return [(pair.en, "S_PV.10124_en.txt"), (pair.fr, "S_PV.10124_fr.txt")]
    }()

    static func state(_ versions: [(record: Record, path: String?)], _ width: Int, _ height: Int) -> AppState {
        var state = try! AppState(versions: versions, size: Size(width: width, height: height))
        _ = App.update(&state, .resize(Size(width: width, height: height)))
        return state
    }

    private func grid(_ versions: [(record: Record, path: String?)], _ width: Int, _ height: Int, keys: String) -> Grid {
        var state = ParallelViewTests.state(versions, width, height)
        press(&state, keys)
        return App.render(state, size: state.size)
    }

    /// Statement 4 of the fixture beside its English version: each column headed by its own label, the
    /// paragraph count and pages; the primary (▸zh) drives the speakers and references.
    @Test func chineseBesideItsEnglishVersion() {
        assertGrid(grid(ParallelViewTests.zhEn, 140, 20, keys: ":4 Enter"), [
            " S/PV.8160 · 安全理事会 第8160次会议 · 不扩散大规模毁灭性武器                                                                               ",
            "┌─ Speakers 24 ────────────────┬─ Statement 4/24 ───────────── ▸zh ─┬─────────────────────────────── en ─┬─ References 5 ──────────────────┐",
            "│  · 上午10时20分开会。        │ 4. 杜达总统（以英语发言）          │ 4. President Duda                  │GA resolutions         here · all│",
            "│  · 通过议程                  │ 14 paragraphs · pp. 6–7            │ 14 paragraphs · pp. 6–7            │ A/RES/59/91                1 · 1│",
            "│  · 议程通过。                │                                    │                                    │Instruments            here · all│",
            "│  · 不扩散大规模毁灭性武器    │ 首先，请允许我感谢主席国哈萨克斯坦 │ Commitments that states have made  │ 《不扩散核武器条约》      5 · 55│",
            "│  · 建立信任措施              │ 就这一重要而相关的议题召开本次高级 │ under the treaties in force while  │ 《布达佩斯备忘录》         1 · 1│",
            "│  · 2018年1月2日哈萨克斯坦常… │ 别辩论会。这表明了哈萨克斯坦对不扩 │ keeping channels of dialogue open  │ 《联合全面行动计划》      1 · 25│",
            "│  1 主席 纳扎尔巴耶夫总统   ru│ 散努力的长期承诺。哈萨克斯坦是放弃 │ with every party concerned the     │ 《防止弹道导弹扩散海牙行…  2 · 4│",
            "│  2 秘书长                  en│ 走核道路的极少数国家之一，这一事实 │ council must act together to       │                                 │",
            "│  3 主席 纳扎尔巴耶夫总统   ru│ 突显了它在该问题上的公信力。我记得 │ prevent the spread of weapons of   │                                 │",
            "│▶ 4 杜达总统 波兰           en│ 读过纳扎尔巴耶夫总统的讲话，在该讲 │ mass destruction and uphold.       │                                 │",
            "│  5 主席 纳扎尔巴耶夫总统   ru│ 话中，他强调：“那是我为自己年轻的  │                                    │                                 │",
            "│  6 萨巴赫先生 科威特       ar│ 国家所作的最好决定”。自那时以来，  │                                    │                                 │",
            "│  7 主席 纳扎尔巴耶夫总统   ru│ 哈萨克斯坦多次表明其在这方面的参   │                                    │                                 │",
            "│  8 拉夫罗夫先生 俄罗斯联邦 ru│ 与。让我仅提及最近设立低浓铀库之   │                                    │                                 │",
            "│  9 主席 纳扎尔巴耶夫总统   ru│ 事，此举不仅是朝着促进核安全方向迈 │                                    │                                 │",
            "│ 10 黑利夫人 美利坚合众国   en│ 出的一大步，而且还在爱好和平的各国 │                                    │                                 │",
            "└──────────────────────────────┴────────────────────────────────────┴────────────────────────────────────┴─────────────────────────────────┘",
            " statement 4/24 · p. 6 · 10%                                                                                                 ? help  q quit ",
        ])
    }

    /// A page down moves both columns: the second paragraphs start on the same row.
    @Test func aPageDownMovesBothColumnsTogether() {
        assertGrid(grid(ParallelViewTests.zhEn, 140, 20, keys: ":4 Enter Space"), [
            " S/PV.8160 · 安全理事会 第8160次会议 · 不扩散大规模毁灭性武器                                                                               ",
            "┌─ Speakers 24 ────────────────┬─ Statement 4/24 ───────────── ▸zh ─┬─────────────────────────────── en ─┬─ References 5 ──────────────────┐",
            "│  · 上午10时20分开会。        │ 出的一大步，而且还在爱好和平的各国 │                                    │GA resolutions         here · all│",
            "│  · 通过议程                  │ 中间促进透明度和建立信任。         │                                    │ A/RES/59/91                1 · 1│",
            "│  · 议程通过。                │                                    │                                    │Instruments            here · all│",
            "│  · 不扩散大规模毁灭性武器    │ 我还要亲自感谢纳扎尔巴耶夫总统邀请 │ Treaties in force while keeping    │ 《不扩散核武器条约》      5 · 55│",
            "│  · 建立信任措施              │ 我参加本次辩论会。这是我第一次但肯 │ channels of dialogue open with     │ 《布达佩斯备忘录》         1 · 1│",
            "│  · 2018年1月2日哈萨克斯坦常… │ 定不是最后一次作为波兰共和国总统访 │ every party concerned the council  │ 《联合全面行动计划》      1 · 25│",
            "│  1 主席 纳扎尔巴耶夫总统   ru│ 问安全理事会。我来这里是因为审议中 │ must act together to prevent the   │ 《防止弹道导弹扩散海牙行…  2 · 4│",
            "│  2 秘书长                  en│ 的问题与波兰在安理会的优先事项有着 │ spread of weapons of mass          │                                 │",
            "│  3 主席 纳扎尔巴耶夫总统   ru│ 非常大的关系，这些优先事项就是，支 │ destruction and uphold the         │                                 │",
            "│▶ 4 杜达总统 波兰           en│ 持现有国际法律文书并制订新国际法律 │ commitments that states have made  │                                 │",
            "│  5 主席 纳扎尔巴耶夫总统   ru│ 文书，以遏阻国际社会一些成员的非法 │ under.                             │                                 │",
            "│  6 萨巴赫先生 科威特       ar│ 侵略行为。我要强调，不仅是侵略，还 │                                    │                                 │",
            "│  7 主席 纳扎尔巴耶夫总统   ru│ 有任何建立侵略能力的企图，都始终应 │                                    │                                 │",
            "│  8 拉夫罗夫先生 俄罗斯联邦 ru│ 被视为违反国际准则，因为这最终会导 │                                    │                                 │",
            "│  9 主席 纳扎尔巴耶夫总统   ru│ 致各国之间和平共处的崇高理想受到侵 │                                    │                                 │",
            "│ 10 黑利夫人 美利坚合众国   en│ 蚀。                               │                                    │                                 │",
            "└──────────────────────────────┴────────────────────────────────────┴────────────────────────────────────┴─────────────────────────────────┘",
            " statement 4/24 · p. 6 · 20%                                                                                                 ? help  q quit ",
        ])
    }

    /// The French splits a paragraph in two: the English paragraph faces both, and the shorter side
    /// shows the gap as blank lines, so that the last paragraphs start level again.
    @Test func differentParagraphCountsAreAlignedByLengthWithGaps() {
        assertGrid(grid(ParallelViewTests.enFr, 140, 20, keys: "} }"), [
            " S/PV.10124 · Security Council · 23 March 2026                                                                                              ",
            "┌─ Speakers 5 ─────────────────┬─ Statement 2/5 ────────────── ▸en ─┬─────────────────────────────── fr ─┬─ References 1 ──────────────────┐",
            "│ · The meeting was called to …│ 2. Ms. DiCarlo                     │ 2. Mme DiCarlo (parle en anglais)  │SC resolutions         here · all│",
            "│ 1 President                en│ 3 paragraphs · p. 2                │ 4 paragraphs · p. 2                │ S/RES/2774 (2025)          1 · 2│",
            "│▶2 Ms. DiCarlo              en│                                    │                                    │                                 │",
            "│ 3 Mr. Nebenzia Russia      ru│ Since the adoption of resolution   │ Depuis l’adoption de la résolution │                                 │",
            "│ 4 Mr. Waltz United States  en│ 2774 (2025), the situation has     │ 2774 (2025), la situation a changé │                                 │",
            "│ 5 Mr. Dharmadhikari France fr│ changed on the ground.             │ sur le terrain.                    │                                 │",
            "│ · The meeting rose at 11.40 …│                                    │                                    │                                 │",
            "│                              │ Humanitarian access remains        │ L’accès humanitaire reste limité.  │                                 │",
            "│                              │ limited. Convoys wait for days at  │                                    │                                 │",
            "│                              │ the crossings, and the Council has │ Les convois attendent des jours    │                                 │",
            "│                              │ been told so before. We urge every │ aux points de passage, et le       │                                 │",
            "│                              │ party to let aid through without   │ Conseil l’a déjà entendu. Nous     │                                 │",
            "│                              │ delay.                             │ exhortons toutes les parties à     │                                 │",
            "│                              │                                    │ laisser passer l’aide sans délai.  │                                 │",
            "│                              │                                    │                                    │                                 │",
            "│                              │ I thank the Council for its        │ Je remercie le Conseil de son      │                                 │",
            "└──────────────────────────────┴────────────────────────────────────┴────────────────────────────────────┴─────────────────────────────────┘",
            " statement 2/5 · p. 2 · 96%                                                                                                  ? help  q quit ",
        ])
    }

    /// The French version lacks the statement of the United States.
    @Test func aStatementWithoutCounterpartIsMarked() {
        assertGrid(grid(ParallelViewTests.enFr, 140, 12, keys: ":4 Enter"), [
            " S/PV.10124 · Security Council · 23 March 2026                                                                                              ",
            "┌─ Speakers 5 ─────────────────┬─ Statement 4/5 ────────────── ▸en ─┬─────────────────────────────── fr ─┬─ References 0 ──────────────────┐",
            "│ · The meeting was called to …│ 4. Mr. Waltz (United States of     │ (no counterpart in fr)             │No references here.              │",
            "│ 1 President                en│ America)                           │                                    │                                 │",
            "│ 2 Ms. DiCarlo              en│ 1 paragraph · p. 4                 │                                    │                                 │",
            "│ 3 Mr. Nebenzia Russia      ru│                                    │                                    │                                 │",
            "│▶4 Mr. Waltz United States  en│ The United States supports the     │                                    │                                 │",
            "│ 5 Mr. Dharmadhikari France fr│ briefer's call.                    │                                    │                                 │",
            "│ · The meeting rose at 11.40 …│                                    │                                    │                                 │",
            "│                              │                                    │                                    │                                 │",
            "└──────────────────────────────┴────────────────────────────────────┴────────────────────────────────────┴─────────────────────────────────┘",
            " statement 4/5 · p. 4 · 100%                                                                                                 ? help  q quit ",
        ])
    }

    /// Below 120 columns only the primary version is shown…
    @Test func belowOneHundredTwentyColumnsOneVersionIsShown() {
        assertGrid(grid(ParallelViewTests.enFr, 100, 12, keys: ":2 Enter j j j"), [
            " S/PV.10124 · Security Council · 23 March 2026                                                      ",
            "┌─ Speakers 5 ───────────┬─ Statement 2/5 ──────────────────────── ▸en ─┬─ References 1 ───────────┐",
            "│ · The meeting was call…│ Since the adoption of resolution             │SC resolutions  here · all│",
            "│ 1 President          en│ 2774 (2025), the situation has changed on    │ S/RES/2774 (2025)   1 · 2│",
            "│▶2 Ms. DiCarlo        en│ the ground.                                  │                          │",
            "│ 3 Mr. Nebenzia Russ… ru│                                              │                          │",
            "│ 4 Mr. Waltz United … en│ Humanitarian access remains limited. Convoys │                          │",
            "│ 5 Mr. Dharmadhikari  fr│ wait for days at the crossings, and the      │                          │",
            "│ · The meeting rose at …│ Council has been told so before. We urge     │                          │",
            "│                        │ every party to let aid through without       │                          │",
            "└────────────────────────┴──────────────────────────────────────────────┴──────────────────────────┘",
            " statement 2/5 · p. 2 · 84%                                                          ? help  q quit ",
        ])
    }

    /// …and `v` shows the other at the same place (the same aligned row).
    @Test func vShowsTheOtherVersionAtTheSamePlace() {
        assertGrid(grid(ParallelViewTests.enFr, 100, 12, keys: ":2 Enter j j j v"), [
            " S/PV.10124 · Security Council · 23 March 2026                                                      ",
            "┌─ Speakers 5 ───────────┬─ Statement 2/5 ───────────────────────── fr ─┬─ References 1 ───────────┐",
            "│ · The meeting was call…│ Depuis l’adoption de la résolution           │SC resolutions  here · all│",
            "│ 1 President          en│ 2774 (2025), la situation a changé sur le    │ S/RES/2774 (2025)   1 · 2│",
            "│▶2 Ms. DiCarlo        en│ terrain.                                     │                          │",
            "│ 3 Mr. Nebenzia Russ… ru│                                              │                          │",
            "│ 4 Mr. Waltz United … en│ L’accès humanitaire reste limité.            │                          │",
            "│ 5 Mr. Dharmadhikari  fr│                                              │                          │",
            "│ · The meeting rose at …│ Les convois attendent des jours aux points   │                          │",
            "│                        │ de passage, et le Conseil l’a déjà entendu.  │                          │",
            "└────────────────────────┴──────────────────────────────────────────────┴──────────────────────────┘",
            " statement 2/5 · p. 2 · 84%  showing fr                                              ? help  q quit ",
        ])
    }

    /// With the French version primary, the statement of the United States, which only the
    /// English version has, is named at the end of the English column of the statement before.
    @Test func aStatementOnlyInAnotherVersionIsNamedInItsColumn() {
        assertGrid(grid(ParallelViewTests.enFr, 140, 16, keys: "L :3 Enter"), [
            " S/PV.10124 · Conseil de sécurité · 23 mars 2026                                                                                            ",
            "┌─ Speakers 4 ─────────────────┬─ Statement 3/4 ─────────────── en ─┬────────────────────────────── ▸fr ─┬─ References 1 ──────────────────┐",
            "│ · La séance est ouverte à 10…│ 3. Mr. Nebenzia (Russian           │ 3. M. Nebenzia (Fédération de      │SC resolutions         here · all│",
            "│ 1 Président                en│ Federation) (spoke in Russian)     │ Russie) (parle en russe)           │ S/RES/2774 (2025)          1 · 2│",
            "│ 2 Mme DiCarlo              en│ 2 paragraphs · p. 3                │ 2 paragraphs · p. 3                │                                 │",
            "│▶3 M. Nebenzia Russie       ru│                                    │                                    │                                 │",
            "│ 4 M. Dharmadhikari France  fr│ We listened carefully to the       │ Nous avons écouté attentivement    │                                 │",
            "│ · La séance est levée à 11 h…│ briefing.                          │ l’exposé.                          │                                 │",
            "│                              │                                    │                                    │                                 │",
            "│                              │ Our position on resolution         │ Notre position sur la résolution   │                                 │",
            "│                              │ 2774 (2025) is well known.         │ 2774 (2025) est bien connue.       │                                 │",
            "│                              │                                    │                                    │                                 │",
            "│                              │ + only in en: 4. Mr. Waltz (Unite… │                                    │                                 │",
            "│                              │                                    │                                    │                                 │",
            "└──────────────────────────────┴────────────────────────────────────┴────────────────────────────────────┴─────────────────────────────────┘",
            " statement 3/4 · p. 3 · 100%                                                                                                 ? help  q quit ",
        ])
    }
}
