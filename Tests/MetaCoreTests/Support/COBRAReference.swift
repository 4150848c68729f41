import Foundation

/// COBRApy 0.32.1 + GLPK's view of each shipped model, recorded by `bench/cobra_reference.py`
/// in `bench/reference/cobra_fba.json`: the numbers our results must reproduce.
struct COBRAReference: Decodable {
    var reactions: Int?
    var metabolites: Int?
    var genes: Int?
    var objective: Double?
    var error: String?

    /// All recorded entries, keyed by model file name.
    static func load() throws -> [String: COBRAReference] {
        let url = TestModels.root.appendingPathComponent("bench/reference/cobra_fba.json")
        return try JSONDecoder().decode([String: COBRAReference].self, from: Data(contentsOf: url))
    }
}
