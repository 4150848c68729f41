import Foundation
#if canImport(FoundationXML)
import FoundationXML  // XMLParser lives here on Linux
#endif
import MetaCore
import XCTest

final class EnvelopePlotTests: XCTestCase {
    /// e_coli_core, anaerobic, acetate (EX_ac_e) against growth: COBRApy's `production_envelope`, 20 points.
    static let anaerobicAcetate: [EnvelopePlot.Point] = [
        (0, 0, 10), (0.0111402, 0, 9.92124), (0.0222803, 0, 9.84248), (0.0334205, 0, 9.76372),
        (0.0445606, 0, 9.68497), (0.0557008, 0, 9.60621), (0.0668409, 0, 9.52745), (0.0779811, 0, 9.44869),
        (0.0891212, 0, 9.36993), (0.100261, 0, 9.29117), (0.111402, 0, 9.21241), (0.122542, 0, 9.13365),
        (0.133682, 0, 9.0549), (0.144822, 0, 8.97614), (0.155962, 0, 8.89738), (0.167102, 0, 8.81862),
        (0.178242, 0, 8.73986), (0.189383, 0.0735912, 8.6611), (0.200523, 3.98616, 8.58234),
        (0.211663, 8.50359, 8.50359),
    ].map { EnvelopePlot.Point(x: $0.0, minimum: $0.1, maximum: $0.2) }

    /// e_coli_core, aerobic, succinate (EX_succ_e) against growth: the minimum stays at 0.
    static let aerobicSuccinate: [EnvelopePlot.Point] = [
        (0, 0, 16.3842), (0.0459959, 0, 15.5425), (0.0919917, 0, 14.7008), (0.137988, 0, 13.8591),
        (0.183983, 0, 13.0174), (0.229979, 0, 12.1712), (0.275975, 0, 11.3228), (0.321971, 0, 10.4743),
        (0.367967, 0, 9.61105), (0.413963, 0, 8.74202), (0.459959, 0, 7.87299), (0.505955, 0, 7.00396),
        (0.55195, 0, 6.13493), (0.597946, 0, 5.2659), (0.643942, 0, 4.39686), (0.689938, 0, 3.52472),
        (0.735934, 0, 2.64354), (0.78193, 0, 1.76236), (0.827926, 0, 0.881181), (0.873922, 0, 0),
    ].map { EnvelopePlot.Point(x: $0.0, minimum: $0.1, maximum: $0.2) }

    func plot() -> EnvelopePlot {
        EnvelopePlot(points: Self.anaerobicAcetate, title: "Acetate production, e_coli_core (anaerobic)",
                     xTitle: "Growth rate (1/h)", yTitle: "EX_ac_e (mmol/gDW/h)",
                     secondaryAxis: .init(title: "Yield (mol/mol glucose)", scale: 0.1))
    }

    func testSVGIsWellFormedWithARegionOf2NPoints() throws {
        let svg = plot().svg()
        let document = try SVGDocument(svg)
        XCTAssertEqual(document.root, "svg")
        XCTAssertEqual(document.attributes("svg").first?["width"], "800")
        let polygons = document.attributes("polygon")
        XCTAssertEqual(polygons.count, 1)
        let points = polygons[0]["points", default: ""].split(separator: " ")
        XCTAssertEqual(points.count, 2 * Self.anaerobicAcetate.count)
        XCTAssertEqual(document.attributes("polyline").map { $0["class"] }, ["minimum", "maximum"])
        XCTAssertTrue(document.texts.contains("Growth rate (1/h)"))
        XCTAssertTrue(document.texts.contains("Yield (mol/mol glucose)"))

        if let directory = ProcessInfo.processInfo.environment["METADESIGN_PLOT_DIR"] {
            // For looking at: `rsvg-convert -o envelope.png envelope.svg`.
            try svg.write(toFile: directory + "/envelope.svg", atomically: true, encoding: .utf8)
            let plain = EnvelopePlot(points: Self.aerobicSuccinate, yTitle: "EX_succ_e (mmol/gDW/h)").svg()
            try plain.write(toFile: directory + "/envelope-plain.svg", atomically: true, encoding: .utf8)
            let empty = EnvelopePlot(points: [], title: "Nothing feasible", yTitle: "EX_succ_e (mmol/gDW/h)").svg()
            try empty.write(toFile: directory + "/envelope-empty.svg", atomically: true, encoding: .utf8)
        }
    }

    func testTickLabelsAreNiceNumbers() throws {
        let document = try SVGDocument(plot().svg())
        let labels = document.texts(inGroup: "tick-labels")
        XCTAssertEqual(Array(labels.prefix(12)),
                       ["0.00", "0.02", "0.04", "0.06", "0.08", "0.10", "0.12", "0.14", "0.16", "0.18", "0.20", "0.22"])
        for label in labels {
            let value = try XCTUnwrap(Double(label), label)
            XCTAssertTrue(Self.isMultipleOfNiceStep(value), "\(label) is not a multiple of 1, 2 or 5 × 10ⁿ")
        }
    }

    func testNiceTicks() {
        let growth = EnvelopePlot.niceTicks(covering: [0, 0.873922], targetCount: 8)
        XCTAssertEqual(growth.step, 0.1)
        XCTAssertEqual(growth.labels, ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"])
        XCTAssertEqual(growth.values[3], 0.3, "no float noise such as 0.30000000000000004")
        XCTAssertEqual(EnvelopePlot.niceTicks(covering: [0, 16.38], targetCount: 6).values, [0, 2, 4, 6, 8, 10, 12, 14, 16, 18])
        XCTAssertEqual(EnvelopePlot.niceTicks(covering: [-3, 1000], targetCount: 6).values, [-200, 0, 200, 400, 600, 800, 1000])
        XCTAssertEqual(EnvelopePlot.niceTicks(covering: [0, 0], targetCount: 6).values, [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(EnvelopePlot.niceTicks(covering: [-0.5, 0.5], targetCount: 4).labels, ["-0.6", "-0.4", "-0.2", "0.0", "0.2", "0.4", "0.6"])
    }

    func testTextIsEscapedAndInfeasiblePointsAreDropped() throws {
        var plot = plot()
        plot.title = "A <b> & \"quoted\" 'title'"
        plot.points.append(.init(x: 0.3, minimum: .nan, maximum: .nan))
        let document = try SVGDocument(plot.svg())
        XCTAssertTrue(document.texts.contains("A <b> & \"quoted\" 'title'"))
        XCTAssertEqual(document.attributes("polygon").first?["points", default: ""].split(separator: " ").count,
                       2 * Self.anaerobicAcetate.count)
    }

    func testEmptyEnvelopeStillRenders() throws {
        let document = try SVGDocument(EnvelopePlot(points: [], yTitle: "EX_succ_e").svg())
        XCTAssertTrue(document.texts.contains("no feasible points"))
        XCTAssertTrue(document.attributes("polygon").isEmpty)
    }

    static func isMultipleOfNiceStep(_ value: Double) -> Bool {
        if value == 0 { return true }
        for exponent in -6...6 {
            for step in [1.0, 2, 5] {
                let unit = step * pow(10, Double(exponent))
                let ratio = value / unit
                if abs(ratio - ratio.rounded()) < 1e-9 && abs(ratio) <= 20 { return true }
            }
        }
        return false
    }
}

/// An SVG parsed with Foundation's `XMLParser`: fails on anything not well-formed.
private final class SVGDocument: NSObject, XMLParserDelegate {
    private(set) var root: String?
    private var elements: [(name: String, attributes: [String: String], groupClass: String?)] = []
    private(set) var texts: [String] = []
    private var textGroups: [(String, String?)] = []
    private var groupStack: [String?] = []
    private var currentText = ""

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw NSError(domain: "SVG", code: 1, userInfo: [
                NSLocalizedDescriptionKey: "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)",
            ])
        }
    }

    func attributes(_ name: String) -> [[String: String]] {
        elements.filter { $0.name == name }.map(\.attributes)
    }

    func texts(inGroup groupClass: String) -> [String] {
        textGroups.filter { $0.1 == groupClass }.map(\.0)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil { root = name }
        elements.append((name, attributes, groupStack.last ?? nil))
        if name == "g" { groupStack.append(attributes["class"]) }
        currentText = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { currentText += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "g" { groupStack.removeLast() }
        if name == "text" {
            texts.append(currentText)
            textGroups.append((currentText, groupStack.last ?? nil))
        }
        currentText = ""
    }
}
