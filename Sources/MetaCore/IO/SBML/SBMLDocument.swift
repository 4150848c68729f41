import OrderedCollections

/// What the SBML parser collected, close to the file: SBML ids with their prefixes,
/// bound references unresolved, and each element's byte offset for error lines.
///
/// Resolving happens afterwards (`SBMLModelBuilder`), because SBML lets parameters,
/// gene products and groups appear in any order relative to the reactions.
struct SBMLDocument {
    var level = 3
    var version = 1
    /// Whether the document enables the FBC package (COBRApy then ignores notes GPRs and kinetic laws).
    var hasFBC = false
    /// Whether the FBC namespace is version 1 (flux bounds in `fbc:listOfFluxBounds`).
    var isFBCVersion1 = false
    /// Whether the document enables the groups package (COBRApy then takes subsystems from groups only).
    var hasGroups = false
    var modelID = ""
    var modelName = ""
    var modelOffset = 0
    var modelNotes: OrderedDictionary<String, String> = [:]
    var compartments: [SBMLCompartment] = []
    var species: [SBMLSpecies] = []
    var parameters: [String: SBMLParameter] = [:]
    var reactions: [SBMLReaction] = []
    var geneProducts: [SBMLGeneProduct] = []
    var activeObjective: String?
    var objectives: [SBMLObjective] = []
    var fluxBounds: [SBMLFluxBound] = []
    var groups: [SBMLGroup] = []
}

struct SBMLCompartment {
    var id: String
    var name: String
    var offset: Int
}

struct SBMLSpecies {
    var id: String
    var name: String
    var compartment: String
    var formula: String?
    /// `fbc:charge`.
    var fbcCharge: Int?
    /// The Level 2 `charge` attribute.
    var coreCharge: Int?
    var boundaryCondition: Bool
    var annotations: Annotations
    var notes: OrderedDictionary<String, String>
    var offset: Int
}

struct SBMLParameter {
    var value: Double?
    var offset: Int
}

struct SBMLSpeciesReference {
    var species: String
    var stoichiometry: Double
    var offset: Int
}

struct SBMLReaction {
    var id: String
    var name: String
    var metaID: String?
    var lowerFluxBound: String?
    var upperFluxBound: String?
    var reactants: [SBMLSpeciesReference] = []
    var products: [SBMLSpeciesReference] = []
    /// `kineticLaw` parameters by id (`LOWER_BOUND`, `UPPER_BOUND`, `OBJECTIVE_COEFFICIENT`).
    var kineticParameters: [String: Double] = [:]
    /// The rule from `fbc:geneProductAssociation`, gene ids already without `G_`.
    var association: GPR?
    var annotations: Annotations
    var notes: OrderedDictionary<String, String> = [:]
    var offset: Int
}

struct SBMLGeneProduct {
    var id: String
    var name: String
    var annotations: Annotations
    var offset: Int
}

struct SBMLObjective {
    var id: String
    var type: String
    var terms: [(reaction: String, coefficient: Double, offset: Int)]
    var offset: Int
}

struct SBMLFluxBound {
    var reaction: String
    var operation: String
    var value: Double
    var offset: Int
}

struct SBMLGroup {
    var name: String
    var members: [(idRef: String?, metaIDRef: String?)]
}
