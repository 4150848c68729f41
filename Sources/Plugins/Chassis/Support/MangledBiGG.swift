/// Identifiers of models written by old COBRA tools, which spelled the compartment suffix `(e)`
/// as `_LPAREN_e_RPAREN_` (iMM904, iNF517, iBT721 here).
enum MangledBiGG {
    /// The exchange reaction of extracellular metabolite `id` (`glc` → `EX_glc_LPAREN_e_RPAREN_`).
    static func exchange(_ id: String) -> String { "EX_\(id)_LPAREN_e_RPAREN_" }
}
