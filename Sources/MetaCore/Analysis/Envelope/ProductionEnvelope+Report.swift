import Foundation

extension ProductionEnvelope {
    /// A terminal table: one row per point with the product range and yields at each end.
    public func table() -> String {
        var lines = ["Production envelope of \(product) against \(xReaction)"]
        lines.append("carbon sources: " + (carbonSources.isEmpty ? "none (yields unavailable)" : carbonSources.joined(separator: ", ")))
        guard status == .optimal else {
            lines.append("status: \(status.rawValue): the range of \(xReaction) could not be found; check the medium, bounds and knockouts")
            return lines.joined(separator: "\n") + "\n"
        }
        func cell(_ value: Double?) -> String { value.map(formatFlux) ?? "—" }
        let rows = points.map { point -> [String] in
            let statuses = Set([point.minimum.status, point.maximum.status]).subtracting([.optimal])
            return [formatFlux(point.x), cell(point.minimum.flux), cell(point.maximum.flux),
                    cell(point.minimum.carbonYield), cell(point.maximum.carbonYield),
                    cell(point.minimum.massYield), cell(point.maximum.massYield),
                    statuses.map(\.rawValue).sorted().joined(separator: ",")]
        }
        let headers = [xReaction, "min", "max", "C-yield min", "C-yield max", "g/g min", "g/g max", "status"]
        lines.append("")
        lines.append(TextTable(headers: headers, rows: rows, rightAligned: Set(0...6)).rendered())
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON with the axes, carbon sources, status and one object per point.
    public func json() -> JSONText {
        func value(_ number: Double?) -> JSONText { number.map(JSONText.number) ?? .null }
        func extreme(_ extreme: Extreme) -> JSONText {
            .object([("flux", value(extreme.flux)), ("carbon_yield", value(extreme.carbonYield)),
                     ("mass_yield", value(extreme.massYield)), ("status", .string(extreme.status.rawValue))])
        }
        return .object([
            ("product", .string(product)),
            ("x", .string(xReaction)),
            ("carbon_sources", .array(carbonSources.map(JSONText.string))),
            ("status", .string(status.rawValue)),
            ("points", .array(points.map { point in
                .object([("x", .number(point.x)), ("minimum", extreme(point.minimum)), ("maximum", extreme(point.maximum))])
            })),
        ])
    }

    /// CSV, header `x,product_minimum,product_maximum,carbon_yield_minimum,…`; unavailable values are empty.
    public func csv() -> String {
        var lines = ["x,product_minimum,product_maximum,carbon_yield_minimum,carbon_yield_maximum,"
                     + "mass_yield_minimum,mass_yield_maximum,status_minimum,status_maximum,carbon_source"]
        let sources = csvField(carbonSources.joined(separator: ", "))
        func cell(_ value: Double?) -> String { value.map(csvNumber) ?? "" }
        for point in points {
            let cells = [csvNumber(point.x), cell(point.minimum.flux), cell(point.maximum.flux),
                         cell(point.minimum.carbonYield), cell(point.maximum.carbonYield),
                         cell(point.minimum.massYield), cell(point.maximum.massYield),
                         point.minimum.status.rawValue, point.maximum.status.rawValue, sources]
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The envelope as an SVG plot; points without an optimal minimum and maximum are left out.
    public func plot(modelName: String = "") -> EnvelopePlot {
        let drawn = points.compactMap { point -> EnvelopePlot.Point? in
            guard let low = point.minimum.flux, let high = point.maximum.flux else { return nil }
            return EnvelopePlot.Point(x: point.x, minimum: low, maximum: high)
        }
        let title = "\(product) production envelope" + (modelName.isEmpty ? "" : ", \(modelName)")
        return EnvelopePlot(points: drawn, title: title, xTitle: "\(xReaction) (flux)", yTitle: "\(product) (mmol/gDW/h)")
    }
}
