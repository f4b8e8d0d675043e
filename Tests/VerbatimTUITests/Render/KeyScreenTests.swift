import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The key screens compared whole, cell by cell (`assertGrid`, `GridComparison`): the three
/// panes at a small size, the overview, the meetings list, and wide characters at the right
/// border of a pane and of the screen.
@Suite struct KeyScreenTests {
    @Test func speakersStatementAndReferencesAt100x14() {
        var state = SampleRecord.state(100, 14)
        press(&state, ":2 Enter")
        assertGrid(App.render(state, size: state.size), [
        " S/PV.8160 · 安全理事会 第8160次会议 · 2018年1月18日 · 建立信任措施（S/2018/4）                     ",
        "┌─ Speakers 3 ───────────┬─ Statement 2/3 ──────────────────────────────┬─ References 4 ───────────┐",
        "│ · 上午10时20分开会。   │ 2. 萨巴赫先生（科威特）（以阿拉伯语发言）    │SC resolutions  here · all│",
        "│ · 建立信任措施（S/2018…│ 2 paragraphs · pp. 3–4                       │ S/RES/1540 (2004)   2 · 3│",
        "│ 1 主席               ru│                                              │ S/RES/2231 (2015)   1 · 1│",
        "│▶2 萨巴赫先生 科威特  ar│ 科威特支持第1540（2004）号决议，也支持       │Documents       here · all│",
        "│ 3 吴海涛先生 中国    zh│ 《不扩散核武器条约》。                       │ S/PV.3046           1 · 1│",
        "│ · 下午1时散会。        │                                              │Instruments     here · all│",
        "│                        │ ──────────────────────────────────── p. 4 ── │ 《不扩散核武器条约… 1 · 1│",
        "│                        │ （以英语发言）                               │                          │",
        "│                        │ 我们回顾第1540（2004）号决议和               │                          │",
        "│                        │ 第2231（2015）号决议。关于ＡＢＣ·Ｄ的问题，  │                          │",
        "└────────────────────────┴──────────────────────────────────────────────┴──────────────────────────┘",
        " statement 2/3 · p. 3 · 82%                                                          ? help  q quit ",
        ])
    }

    @Test func theOverviewAt80x24() {
        let state = AppState(record: Fixture.record, path: Fixture.path, size: Size(width: 80, height: 24))
        assertGrid(App.render(state, size: state.size), [
        " S/PV.8160 · 安全理事会 第8160次会议 · 不扩散大规模毁灭性武器                   ",
        "┌─ Speakers 24 ────────┬─ Overview ────────────────────────────────────────────┐",
        "│▶ · 上午10时20分开会。│ S/PV.8160 · 安全理事会 · 第8160次会议                 │",
        "│  · 通过议程          │ Time       10:20–13:00 · 2 h 40 min                   │",
        "│  · 议程通过。        │ Agenda     不扩散大规模毁灭性武器                     │",
        "│  · 不扩散大规模毁灭… │            建立信任措施                               │",
        "│  · 建立信任措施      │            2018年1月2日哈萨克斯坦常驻联合国代表给秘书 │",
        "│  · 2018年1月2日哈萨… │            长的信（S/2018/4）                         │",
        "│  1 主席 纳扎尔巴…  ru│            cites S/2018/4                             │",
        "│  2 秘书长          en│                                                       │",
        "│  3 主席 纳扎尔巴…  ru│ Who spoke · 17 speakers, 24 statements                │",
        "│  4 杜达总统 波兰   en│                       share                % st lang  │",
        "│  5 主席 纳扎尔巴…  ru│ 主席                  █████████████████  12%  7 ru,en │",
        "│  6 萨巴赫先生 科…  ar│ 秘书长                ██████████          7%  1 en    │",
        "│  7 主席 纳扎尔巴…  ru│ 杜达总统 (波兰)       █████████▏          6%  1 en    │",
        "│  8 拉夫罗夫先生    ru│ 萨巴赫先生 (科威特)   ██████▊             5%  1 ar    │",
        "│  9 主席 纳扎尔巴…  ru│ 拉夫罗夫先生 (俄罗斯… ██████████▉         8%  1 ru    │",
        "│ 10 黑利夫人 美国   en│ 黑利夫人 (美利坚合众… ████████            6%  1 en    │",
        "│ 11 菲尔德先生 英国 en│ 菲尔德先生 (联合王国) █████████▋          7%  2 en    │",
        "│ 12 略伦蒂·索利斯…  es│ 略伦蒂·索利斯先生 (…  █████▍              4%  1 es    │",
        "│ 13 梅萨-夸德拉先生 es│ 梅萨-夸德拉先生 (秘…  ████▊               3%  1 es    │",
        "│ 14 斯科格先生 瑞典 en│ 斯科格先生 (瑞典)     ████████▊           6%  1 en    │",
        "└──────────────────────┴───────────────────────────────────────────────────────┘",
        " overview · i or Enter leaves                                    ? help  q quit ",
        ])
    }

    @Test func theMeetingsListAt60x12() {
        let (state, _) = libraryState(60, 12)
        assertGrid(App.render(state, size: state.size), [
        " Library /lib · 6 meetings                                  ",
        "┌─ Meetings 6 · by date ───────────────────────────────────┐",
        "│ Symbol         Date       Agenda           St. Lang      │",
        "│▶S/PV.999       1961-06-07 The Congo ques…    4 en        │",
        "│ S/PV.8160      2018-01-18 建立信任措施      19 zh        │",
        "│ S/PV.9000      2022-04-05 Maintenance of…   12 en ru     │",
        "│ S/PV.9500      2023-12-20 Threats to int…   22 en        │",
        "│ S/PV.10124     2026-03-02 Non-proliferat…   31 en fr zh  │",
        "│ /lib/notes/un…                               0 en        │",
        "│                                                          │",
        "└──────────────────────────────────────────────────────────┘",
        "     Enter open  f filter  S sort  / search  ? help  q quit ",
        ])
    }

    /// At 51 columns a Chinese character that would need the last cell of a pane and the
    /// border after it goes to the next line (`（以阿` then two blank cells), and a truncated
    /// row ends in an ellipsis right before the border.
    @Test func wideCharactersAtAPanesRightBorder() {
        var state = SampleRecord.state(51, 12)
        press(&state, ":2 Enter")
        assertGrid(App.render(state, size: state.size), [
        " S/PV.8160 · 安全理事会 第8160次会议 · 2018年1月18…",
        "┌─ Speakers 3 ───┬─ Statement 2/3 ────────────────┐",
        "│ · 上午10时20分…│ 2. 萨巴赫先生（科威特）（以阿  │",
        "│ · 建立信任措施…│ 拉伯语发言）                   │",
        "│ 1 主席       ru│ 2 paragraphs · pp. 3–4         │",
        "│▶2 萨巴赫先生 ar│                                │",
        "│ 3 吴海涛先生 zh│ 科威特支持第1540（2004）号决   │",
        "│ · 下午1时散会。│ 议，也支持《不扩散核武器条     │",
        "│                │ 约》。                         │",
        "│                │                                │",
        "└────────────────┴────────────────────────────────┘",
        " statement 2/3 · p. 3 · 35%         ? help  q quit ",
        ])
    }

    /// At 45 columns the title stops at an ellipsis and a blank cell where `年` would have
    /// needed the last column and one past the screen.
    @Test func aWideCharacterAtTheScreensRightEdge() {
        var state = SampleRecord.state(45, 12)
        press(&state, ":2 Enter")
        assertGrid(App.render(state, size: state.size), [
        " S/PV.8160 · 安全理事会 第8160次会议 · 2018… ",
        "┌─ Statement 2/3 ───────────────────────────┐",
        "│ 2. 萨巴赫先生（科威特）（以阿拉伯语发言） │",
        "│ 2 paragraphs · pp. 3–4                    │",
        "│                                           │",
        "│ 科威特支持第1540（2004）号决议，也支持    │",
        "│ 《不扩散核武器条约》。                    │",
        "│                                           │",
        "│ ───────────────────────────────── p. 4 ── │",
        "│ （以英语发言）                            │",
        "└───────────────────────────────────────────┘",
        " statement 2/3 · p. 3 · 35%   ? help  q quit ",
        ])
    }
}
