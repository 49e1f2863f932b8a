import FullKitCore

/// Reads a layer from the words of a name that no tool's fixed convention matched: a function word (copper, mask,
/// silkscreen, paste, outline, drawing …) with a side word in any order and spelling (`TOPSOLDERPASTE`, `silkbotm`,
/// `Solder Mask Top`, `pastebotm`), a side word standing alone for copper (PADS and Target3001 name copper
/// `…_Top.f1`, `top.pho`), and numbered copper films (Allegro's `art01` and `pgp02`, `L03_gnd`, Eagle's
/// `copper_inner_l2`). Used for file names, Allegro film names and Gerber image names alike.
enum LayerWords {
    /// The claim the words of `name` make, with the words that decided it.
    static func claim(_ name: String) -> (claim: LayerClaim, convention: String)? {
        let lowered = name.lowercased()
        let (stem, _) = FileNameConventions.split(lowered)
        let compact = stem.filter { $0.isLetter || $0.isNumber }
        // The whole name (`art01`), else one word of it (Siemens' `…_F200_L02`, Allegro's `MinnowMax_lyr10_GAF`).
        let words = stem.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if let film = numberedCopperFilm(compact) ?? words.lazy.compactMap(numberedCopperFilm).first {
            return (LayerClaim(role: .copper, copperLayer: film.layer), "numbered copper film '\(film.word)'")
        }
        if let (word, claim) = words.lazy.compactMap({ word in cadenceFilms[word].map { (word, $0) } }).first {
            return (claim, "Cadence film name '\(word)'")
        }
        for (role, words) in functionWords {
            guard let word = words.first(where: { compact.contains($0) }) else { continue }
            // The side is read from what remains once the function word is gone (so `stop` does not read as `top`).
            let rest = compact.replacingOccurrences(of: word)
            let side = self.side(in: rest)
            var claim = LayerClaim(role: role, side: role == .outline ? nil : side)
            if role == .copper { claim.copperLayer = side == .top ? 1 : numberAfterL(compact) }
            let sideWord = side.map { " and '\($0.rawValue)'" } ?? ""
            return (claim, "name words '\(word)'\(sideWord)")
        }
        // A side word standing alone names copper.
        if let side = standaloneSide(Set(words)) {
            return (
                LayerClaim(role: .copper, side: side, copperLayer: side == .top ? 1 : nil),
                "the word '\(words.first { standaloneSide([$0.lowercased()]) == side } ?? side.rawValue)' alone names copper"
            )
        }
        return nil
    }

    /// Cadence Allegro/OrCAD film names, as whole words of a name (`MinnowMax_smc_GAF.art`): solder mask, paste and
    /// silkscreen on the component (top) and solder (bottom) sides.
    private static let cadenceFilms: [String: LayerClaim] = [
        "smc": LayerClaim(role: .soldermask, side: .top), "sms": LayerClaim(role: .soldermask, side: .bottom),
        "spc": LayerClaim(role: .paste, side: .top), "sps": LayerClaim(role: .paste, side: .bottom),
        "pmc": LayerClaim(role: .paste, side: .top), "pms": LayerClaim(role: .paste, side: .bottom),
        "ssc": LayerClaim(role: .silkscreen, side: .top), "sss": LayerClaim(role: .silkscreen, side: .bottom),
        "tslk": LayerClaim(role: .silkscreen, side: .top), "bslk": LayerClaim(role: .silkscreen, side: .bottom),
    ]

    /// Function words, most specific first (a paste layer's name often says "solder" too).
    private static let functionWords: [(FileRole, [String])] = [
        (.drillMap, ["drillmap", "drlmap", "drilldrawing", "drillphoto", "drilldwg", "drillchart", "drilldrw"]),
        (.paste, ["solderpaste", "pastemask", "paste", "cream", "stencil", "past"]),
        (.soldermask, ["soldermask", "solderresist", "solderstop", "stopmask", "mask", "resist", "stop", "solder"]),
        (.silkscreen, ["silkscreen", "silk", "legend", "overlay"]),
        (.outline, ["boardoutline", "outline", "profile", "edgecuts", "contour", "boardedge", "milling"]),
        (.drawing, ["assembly", "assy", "asy", "fabrication", "drawing"]),
        (.copper, ["copper", "etch", "signal", "conductor"]),
    ]

    /// The side the letters of `rest` name, if one.
    private static func side(in rest: String) -> BoardSide? {
        if ["bottom", "botm", "btm", "bot", "back"].contains(where: { rest.contains($0) }) { return .bottom }
        if ["top", "front"].contains(where: { rest.contains($0) }) { return .top }
        if ["inner", "inr", "mid"].contains(where: { rest.contains($0) }) { return .inner }
        return nil
    }

    /// The side named by a word of its own (`Top`, `BOTTOM`, `bot`), if exactly one side is.
    private static func standaloneSide(_ words: Set<String>) -> BoardSide? {
        let top = words.contains("top") || words.contains("front")
        let bottom =
            words.contains("bottom") || words.contains("bot") || words.contains("botm") || words.contains("back")
        return top == bottom ? nil : (top ? .top : .bottom)
    }

    /// Numbered copper films: Allegro's `art01`, `pgp02`, `l03gnd`, `etch4`, `lyr10`, Siemens' `L02`, Zuken's
    /// `Conductive-1`: the copper layer number.
    private static func numberedCopperFilm(_ compact: String) -> (word: String, layer: Int)? {
        let pattern = /^(art|pgp|etch|sig|gnd|pwr|lyr|conductive|l)(\d{1,2})(?:[a-z]*)$/
        guard let match = compact.wholeMatch(of: pattern), let layer = Int(match.2), (1...64).contains(layer) else {
            return nil
        }
        // A lone `l` needs two digits (`L02`), so that ordinary names ending in a digit do not count.
        if match.1 == "l", match.2.count < 2 { return nil }
        return (String(match.1) + String(match.2), layer)
    }

    /// The number after an `l` at the end of a copper name (`copper_inner_l2`, `copper_bottom_l4`).
    static func numberAfterL(_ compact: String) -> Int? {
        guard let match = compact.firstMatch(of: /l(\d{1,2})$/), let layer = Int(match.1), (1...64).contains(layer)
        else {
            return nil
        }
        return layer
    }
}

extension String {
    /// The string with every occurrence of `word` removed.
    fileprivate func replacingOccurrences(of word: String) -> String { replacing(word, with: "") }
}
