import MetaPlugin

/// The carbon sources the built-in chassis offer, named and sized the same way in every chassis.
///
/// Each has the name users type (`metadesign fba --chassis ecoli --substrate xylose`) and the
/// formula of its neutral form, which fixes its carbon count: chassis set the uptake of every
/// substrate to the same carbon flux as their default glucose uptake, so that growth on
/// different feeds compares per carbon, not per molecule.
enum CarbonSource: String, Sendable, CaseIterable {
    case glucose, xylose, arabinose, glycerol, sucrose, fructose, galactose, lactose, maltose
    case mannose, ribose, sorbitol, mannitol, cellobiose, trehalose, raffinose, gluconate
    case acetate, lactate, pyruvate, succinate, malate, fumarate, citrate, ethanol
    case oxoglutarate = "2-oxoglutarate"
    case benzoate
    case hydroxybenzoate = "4-hydroxybenzoate"
    case coumarate = "p-coumarate"
    case ferulate, octanoate

    /// The molecular formula of the neutral compound (the acid for organic acids).
    var formula: String {
        switch self {
        case .glucose, .fructose, .galactose, .mannose: return "C6H12O6"
        case .xylose, .arabinose, .ribose: return "C5H10O5"
        case .sucrose, .lactose, .maltose, .cellobiose, .trehalose: return "C12H22O11"
        case .sorbitol, .mannitol: return "C6H14O6"
        case .glycerol: return "C3H8O3"
        case .raffinose: return "C18H32O16"
        case .gluconate: return "C6H12O7"
        case .acetate: return "C2H4O2"
        case .lactate: return "C3H6O3"
        case .pyruvate: return "C3H4O3"
        case .succinate: return "C4H6O4"
        case .malate: return "C4H6O5"
        case .fumarate: return "C4H4O4"
        case .citrate: return "C6H8O7"
        case .ethanol: return "C2H6O"
        case .oxoglutarate: return "C5H6O5"
        case .benzoate: return "C7H6O2"
        case .hydroxybenzoate: return "C7H6O3"
        case .coumarate: return "C9H8O3"
        case .ferulate: return "C10H10O4"
        case .octanoate: return "C8H16O2"
        }
    }

    /// Carbon atoms per molecule.
    var carbons: Double { Formula(formula)?.carbon ?? 1 }
}

extension Substrate {
    /// `source` taken up through `exchange` at the rate that carries `carbonUptake` mmol C/gDW/h:
    /// a chassis whose model takes 10 mmol glucose/gDW/h (60 mmol C) offers 12 of xylose, 20 of
    /// glycerol and 5 of sucrose.
    static func carbonMatched(_ source: CarbonSource, exchange: String, carbonUptake: Double) -> Substrate {
        Substrate(source.rawValue, exchange: exchange, uptake: carbonUptake / source.carbons, formula: source.formula)
    }
}

/// The substrates of one chassis, all carbon-matched to the same uptake.
///
/// ```swift
/// let substrates = SubstrateTable(carbonUptake: 60).substrates([
///     (.glucose, "EX_glc__D_e"), (.xylose, "EX_xyl__D_e"),
/// ])
/// ```
struct SubstrateTable: Sendable {
    /// mmol carbon per gDW per hour that each substrate may bring in.
    var carbonUptake: Double

    /// A table for chassis whose default substrate brings `carbonUptake` mmol C/gDW/h.
    init(carbonUptake: Double) {
        self.carbonUptake = carbonUptake
    }

    /// A table matched to `glucoseUptake` mmol glucose/gDW/h (6 carbons each).
    init(glucoseUptake: Double) {
        self.init(carbonUptake: 6 * glucoseUptake)
    }

    /// Each source with its exchange, in the order given; `exchange` turns the id written in
    /// the entry into the model's exchange id (for files whose ids share a pattern).
    func substrates(
        _ entries: [(CarbonSource, String)], exchange: (String) -> String = { $0 }
    ) -> [Substrate] {
        entries.map { Substrate.carbonMatched($0.0, exchange: exchange($0.1), carbonUptake: carbonUptake) }
    }
}
