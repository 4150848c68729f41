import OrderedCollections

/// Writes COBRA JSON that COBRApy's `load_json_model` reads back to the same model.
///
/// The layout and key order are those of COBRApy 0.32's `save_json_model` (compact
/// form): `metabolites`, `reactions`, `genes`, `id`, `name`, `compartments`, `notes`,
/// `version` `"1"`. Optional keys are left out at their defaults, as COBRApy does;
/// infinite bounds are written as the strings `"inf"`/`"-inf"` like COBRApy, because
/// JSON has no infinity. Two deliberate differences: stoichiometry, notes and annotation
/// keys keep the model's order (COBRApy sorts them; no reader depends on it), and a
/// minimising objective adds `"objective_direction": "min"`, which COBRApy ignores and
/// `COBRAJSONReader` honours.
public enum COBRAJSONWriter {
    /// Serialises `model` as COBRA JSON (UTF-8, ASCII-only, one item per line).
    public static func write(_ model: Model) -> [UInt8] {
        var out = JSONEmitter(capacity: 400 * (model.reactions.count + model.metabolites.count))
        out.beginObject()

        out.key("metabolites")
        out.beginArray()
        for metabolite in model.metabolites {
            out.item()
            write(metabolite, to: &out)
        }
        out.endArray()

        out.key("reactions")
        out.beginArray()
        for reaction in model.reactions {
            out.item()
            write(reaction, objectiveCoefficient: model.objective.coefficients[reaction.id], to: &out)
        }
        out.endArray()

        out.key("genes")
        out.beginArray()
        for gene in model.genes {
            out.item()
            out.beginObject()
            out.key("id"); out.string(gene.id)
            out.key("name"); out.string(gene.name)
            writeAnnotations(gene.annotations, to: &out)
            out.endObject()
        }
        out.endArray()

        out.key("id"); out.string(model.id)
        out.key("name"); out.string(model.name)
        out.key("compartments")
        out.beginObject()
        for compartment in model.compartments {
            out.key(compartment.id); out.string(compartment.name)
        }
        out.endObject()
        writeNotes(model.notes, to: &out)
        if model.objective.sense == .minimize {
            out.key("objective_direction"); out.string("min")
        }
        out.key("version"); out.string("1")
        out.endObject()
        return out.bytes
    }

    private static func write(_ metabolite: Metabolite, to out: inout JSONEmitter) {
        out.beginObject()
        out.key("id"); out.string(metabolite.id)
        out.key("name"); out.string(metabolite.name)
        out.key("compartment"); out.string(metabolite.compartment)
        if let charge = metabolite.charge { out.key("charge"); out.integer(charge) }
        if let formula = metabolite.formula { out.key("formula"); out.string(formula) }
        writeNotes(metabolite.notes, to: &out)
        writeAnnotations(metabolite.annotations, to: &out)
        out.endObject()
    }

    private static func write(_ reaction: Reaction, objectiveCoefficient: Double?, to out: inout JSONEmitter) {
        out.beginObject()
        out.key("id"); out.string(reaction.id)
        out.key("name"); out.string(reaction.name)
        out.key("metabolites")
        out.beginObject()
        for (metabolite, coefficient) in reaction.stoichiometry {
            out.key(metabolite); out.number(coefficient)
        }
        out.endObject()
        out.key("lower_bound"); writeBound(reaction.lowerBound, to: &out)
        out.key("upper_bound"); writeBound(reaction.upperBound, to: &out)
        out.key("gene_reaction_rule"); out.string(reaction.gpr?.description ?? "")
        if let objectiveCoefficient, objectiveCoefficient != 0 {
            out.key("objective_coefficient"); out.number(objectiveCoefficient)
        }
        if !reaction.subsystem.isEmpty { out.key("subsystem"); out.string(reaction.subsystem) }
        writeNotes(reaction.notes, to: &out)
        writeAnnotations(reaction.annotations, to: &out)
        out.endObject()
    }

    /// COBRApy writes `str(float)` for non-finite bounds and parses them back with `float()`.
    private static func writeBound(_ value: Double, to out: inout JSONEmitter) {
        if value.isFinite {
            out.number(value)
        } else {
            out.string(value.isNaN ? "nan" : value > 0 ? "inf" : "-inf")
        }
    }

    private static func writeNotes(_ notes: OrderedDictionary<String, String>, to out: inout JSONEmitter) {
        guard !notes.isEmpty else { return }
        out.key("notes")
        out.beginObject()
        for (key, value) in notes {
            out.key(key); out.string(value)
        }
        out.endObject()
    }

    private static func writeAnnotations(_ annotations: Annotations, to out: inout JSONEmitter) {
        guard !annotations.isEmpty else { return }
        out.key("annotation")
        out.beginObject()
        for (namespace, identifiers) in annotations.entries {
            out.key(namespace)
            out.beginArray()
            for identifier in identifiers {
                out.item(); out.string(identifier)
            }
            out.endArray()
        }
        out.endObject()
    }
}
