import Testing
@testable import VerbatimTUI

/// The lists from the library as drawn at 80 × 24: the `M` list (dates, mention counts, where
/// Enter goes) and the `a` list (the vote before the speaker, the first words below).
@Test func theOtherMeetingsListAt80x24() {
    var (state, fake) = libraryState(80, 24)
    press(&state, "f 8 1 6 0 Enter Enter :6 Enter M", library: fake)
    assertGrid(App.render(state, size: state.size), [
        " S/PV.8160 · 安全理事会 第8160次会议 · 不扩散大规模毁灭性武器                   ",
        "┌─ Speakers 24 ────────┬─ Statement 6/24 ──────────────────────────────────────┐",
        "│  · 上午10时20分开会。│ 6. 萨巴赫先生（科威特）（以阿拉伯语发言）             │",
        "│  ·┌─ Other meetings citing S/RES/1540 (2004) · 1/2 ──────────────────────┐   │",
        "│  ·│ 2022-04-05 · S/PV.9000 · 2 mentions                                  │   │",
        "│  ·│   first mention in statement 6                                       │   │",
        "│  ·│ 2023-12-20 · S/PV.9500 · 3 mentions                                  │   │",
        "│  ·│   first mention in statement 6                                       │扩 │",
        "│  1│                                                                      │希 │",
        "│  2│                                                                      │   │",
        "│  3│                                                                      │   │",
        "│  4│                                                                      │   │",
        "│  5│                                                                      │   │",
        "│▶ 6│                                                                      │── │",
        "│  7│                                                                      │说 │",
        "│  8│                                                                      │   │",
        "│  9│                                                                      │   │",
        "│ 10│                                                                      │   │",
        "│ 11│                                                                      │   │",
        "│ 12└──────────────────────────────────────────────────────────────────────┘   │",
        "│ 13 梅萨-夸德拉先生 es│ 问题，这三项是《不扩散核武器条约》（不扩散条约）的三  │",
        "│ 14 斯科格先生 瑞典 en│ 大支柱。我愿重申科威特国对于维护国际和平与安全以及裁  │",
        "└──────────────────────┴───────────────────────────────────────────────────────┘",
        " statement 6/24 · p. 7 · 22%                                     ? help  q quit ",
    ])
}

@Test func theCountryListAt80x24() {
    var (state, fake) = libraryState(80, 24)
    press(&state, "f 8 1 6 0 Enter Enter :6 Enter a", library: fake)
    assertGrid(App.render(state, size: state.size), [
        " S/PV.8160 · 安全理事会 第8160次会议 · 不扩散大规模毁灭性武器                   ",
        "┌─ Speakers 24 ────────┬─ Statement 6/24 ──────────────────────────────────────┐",
        "│  · 上午10时20分开会。│ 6. 萨巴赫先生（科威特）（以阿拉伯语发言）             │",
        "│  ·┌─ Statements by 科威特 · 1/1 ─────────────────────────────────────────┐   │",
        "│  ·│ 2018-01-18 · S/PV.8160 · voted in favour · p. 7 · 萨巴赫先生（科威…  │   │",
        "│  ·│   主席先生，我代表科威特国政府和人民祝贺你和兄弟的哈萨克斯坦共       │   │",
        "│  ·│                                                                      │   │",
        "│  ·│                                                                      │扩 │",
        "│  1│                                                                      │希 │",
        "│  2│                                                                      │   │",
        "│  3│                                                                      │   │",
        "│  4│                                                                      │   │",
        "│  5│                                                                      │   │",
        "│▶ 6│                                                                      │── │",
        "│  7│                                                                      │说 │",
        "│  8│                                                                      │   │",
        "│  9│                                                                      │   │",
        "│ 10│                                                                      │   │",
        "│ 11│                                                                      │   │",
        "│ 12└──────────────────────────────────────────────────────────────────────┘   │",
        "│ 13 梅萨-夸德拉先生 es│ 问题，这三项是《不扩散核武器条约》（不扩散条约）的三  │",
        "│ 14 斯科格先生 瑞典 en│ 大支柱。我愿重申科威特国对于维护国际和平与安全以及裁  │",
        "└──────────────────────┴───────────────────────────────────────────────────────┘",
        " statement 6/24 · p. 7 · 22%                                     ? help  q quit ",
    ])
}
