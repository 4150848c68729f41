import Foundation

/// A production envelope (phenotypic phase plane) drawn as a standalone SVG image.
///
/// Each point gives, at one value of the x variable (usually the growth rate), the least
/// and the most flux the y variable (usually a product's exchange) can carry. The plot
/// shades the feasible region between the two curves, draws both curves, and labels the
/// axes with round tick values (steps of 1, 2 or 5 × 10ⁿ). An optional right-hand axis
/// shows the same y values rescaled, e.g. as a yield per substrate taken up.
///
/// ```swift
/// var plot = EnvelopePlot(points: envelope, title: "Succinate production, e_coli_core",
///                         xTitle: "Growth rate (1/h)", yTitle: "EX_succ_e (mmol/gDW/h)")
/// plot.secondaryAxis = .init(title: "Yield (mol/mol glucose)", scale: 1 / 10)
/// try FileBytes.writeAtomically(Array(plot.svg().utf8), to: "envelope.svg")
/// ```
public struct EnvelopePlot: Sendable {
    /// One column of the envelope: at `x`, the y variable ranges over `minimum...maximum`.
    public struct Point: Hashable, Sendable {
        /// The x value (e.g. the growth rate).
        public var x: Double
        /// The smallest feasible y at `x`.
        public var minimum: Double
        /// The largest feasible y at `x`.
        public var maximum: Double

        /// Creates a point.
        public init(x: Double, minimum: Double, maximum: Double) {
            self.x = x
            self.minimum = minimum
            self.maximum = maximum
        }
    }

    /// A right-hand axis showing `scale` × the left-hand values, e.g. product flux ÷ substrate uptake.
    public struct SecondaryAxis: Hashable, Sendable {
        /// The axis title.
        public var title: String
        /// The factor from left-axis values to right-axis values; must be positive and finite.
        public var scale: Double

        /// Creates a secondary axis.
        public init(title: String, scale: Double) {
            self.title = title
            self.scale = scale
        }
    }

    /// The envelope; points with a non-finite coordinate (an infeasible column) are left out.
    public var points: [Point]
    /// The title above the plot; omitted when empty.
    public var title: String
    /// The x-axis title.
    public var xTitle: String
    /// The left y-axis title.
    public var yTitle: String
    /// An optional right-hand axis.
    public var secondaryAxis: SecondaryAxis?
    /// The image width in pixels.
    public var width: Double
    /// The image height in pixels.
    public var height: Double

    /// Creates a plot; 800 × 500 pixels suits a slide.
    public init(points: [Point], title: String = "", xTitle: String = "Growth rate (1/h)",
                yTitle: String, secondaryAxis: SecondaryAxis? = nil, width: Double = 800, height: Double = 500) {
        self.points = points
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.secondaryAxis = secondaryAxis
        self.width = width
        self.height = height
    }

    /// The points drawn: finite ones, in increasing x.
    var drawnPoints: [Point] {
        points.filter { $0.x.isFinite && $0.minimum.isFinite && $0.maximum.isFinite }.sorted { $0.x < $1.x }
    }

    /// The SVG document; with `standalone` false, only the `<svg>` element (no XML
    /// declaration), to inline in an HTML page, where CSS may scale it through its `viewBox`.
    public func svg(standalone: Bool = true) -> String {
        let data = drawnPoints
        let secondary = secondaryAxis.flatMap { $0.scale.isFinite && $0.scale > 0 ? $0 : nil }
        let frame = Frame(width: width, height: height, hasTitle: !title.isEmpty, hasSecondaryAxis: secondary != nil)
        let xTicks = Self.niceTicks(covering: data.map(\.x) + [0], targetCount: 8)
        let yTicks = Self.niceTicks(covering: data.flatMap { [$0.minimum, $0.maximum] } + [0], targetCount: 6)
        let scale = Scale(frame: frame, xDomain: (xTicks.values.first ?? 0, xTicks.values.last ?? 1),
                          yDomain: (yTicks.values.first ?? 0, yTicks.values.last ?? 1))
        var svg = SVGWriter(declaration: standalone)
        svg.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", n(width)), ("height", n(height)),
                         ("viewBox", "0 0 \(n(width)) \(n(height))"), ("role", "img"),
                         ("font-family", "Helvetica Neue, Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif")])
        svg.element("title", text: title.isEmpty ? "\(yTitle) against \(xTitle)" : title)
        svg.empty("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
        drawGrid(&svg, scale: scale, xTicks: xTicks, yTicks: yTicks)
        drawAxes(&svg, scale: scale, xTicks: xTicks, yTicks: yTicks, secondary: secondary)
        // Curves go over the axes, so a minimum of 0 stays visible along the x-axis.
        drawData(&svg, scale: scale, data: data)
        if !title.isEmpty {
            svg.element("text", [("x", n(frame.left + frame.plotWidth / 2)), ("y", "36"), ("text-anchor", "middle"),
                                 ("font-size", "20"), ("font-weight", "600"), ("fill", "#1a1a1a")], text: title)
        }
        if data.isEmpty {
            svg.element("text", [("x", n(frame.left + frame.plotWidth / 2)), ("y", n(frame.top + frame.plotHeight / 2)),
                                 ("text-anchor", "middle"), ("font-size", "16"), ("fill", "#777777")],
                        text: "no feasible points")
        } else {
            drawLegend(&svg, scale: scale, data: data)
        }
        svg.close("svg")
        return svg.output
    }

    // MARK: - Layers

    private func drawGrid(_ svg: inout SVGWriter, scale: Scale, xTicks: Ticks, yTicks: Ticks) {
        let frame = scale.frame
        svg.open("g", [("stroke", "#e4e4e4"), ("stroke-width", "1")])
        for value in xTicks.values.dropFirst() {
            let x = scale.x(value)
            svg.empty("line", [("x1", n(x)), ("y1", n(frame.top)), ("x2", n(x)), ("y2", n(frame.bottom))])
        }
        for value in yTicks.values.dropFirst() {
            let y = scale.y(value)
            svg.empty("line", [("x1", n(frame.left)), ("y1", n(y)), ("x2", n(frame.right)), ("y2", n(y))])
        }
        svg.close("g")
    }

    private func drawData(_ svg: inout SVGWriter, scale: Scale, data: [Point]) {
        guard !data.isEmpty else { return }
        let upper = data.map { (scale.x($0.x), scale.y($0.maximum)) }
        let lower = data.map { (scale.x($0.x), scale.y($0.minimum)) }
        func pointList(_ points: [(Double, Double)]) -> String {
            points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        }
        // Upper curve left to right, then the lower curve back: one closed outline of the region.
        svg.empty("polygon", [("class", "feasible-region"), ("points", pointList(upper + lower.reversed())),
                              ("fill", Palette.region), ("fill-opacity", "0.22"), ("stroke", "none")])
        svg.empty("polyline", [("class", "minimum"), ("points", pointList(lower)), ("fill", "none"),
                               ("stroke", Palette.minimum), ("stroke-width", "2.5"), ("stroke-dasharray", "7 4"),
                               ("stroke-linejoin", "round")])
        svg.empty("polyline", [("class", "maximum"), ("points", pointList(upper)), ("fill", "none"),
                               ("stroke", Palette.maximum), ("stroke-width", "2.5"), ("stroke-linejoin", "round")])
    }

    private func drawAxes(_ svg: inout SVGWriter, scale: Scale, xTicks: Ticks, yTicks: Ticks, secondary: SecondaryAxis?) {
        let frame = scale.frame
        let tickLength = 6.0
        svg.open("g", [("stroke", "#333333"), ("stroke-width", "1.2"), ("fill", "none")])
        svg.empty("line", [("x1", n(frame.left)), ("y1", n(frame.bottom)), ("x2", n(frame.right)), ("y2", n(frame.bottom))])
        svg.empty("line", [("x1", n(frame.left)), ("y1", n(frame.top)), ("x2", n(frame.left)), ("y2", n(frame.bottom))])
        if secondary != nil {
            svg.empty("line", [("x1", n(frame.right)), ("y1", n(frame.top)), ("x2", n(frame.right)), ("y2", n(frame.bottom))])
        }
        for value in xTicks.values {
            let x = scale.x(value)
            svg.empty("line", [("x1", n(x)), ("y1", n(frame.bottom)), ("x2", n(x)), ("y2", n(frame.bottom + tickLength))])
        }
        for value in yTicks.values {
            let y = scale.y(value)
            svg.empty("line", [("x1", n(frame.left - tickLength)), ("y1", n(y)), ("x2", n(frame.left)), ("y2", n(y))])
        }
        let rightTicks = secondary.map { secondaryTicks(for: $0, scale: scale) } ?? []
        for (_, y) in rightTicks {
            svg.empty("line", [("x1", n(frame.right)), ("y1", n(y)), ("x2", n(frame.right + tickLength)), ("y2", n(y))])
        }
        svg.close("g")

        svg.open("g", [("class", "tick-labels"), ("font-size", "13"), ("fill", "#333333")])
        for (value, label) in zip(xTicks.values, xTicks.labels) {
            svg.element("text", [("x", n(scale.x(value))), ("y", n(frame.bottom + tickLength + 15)),
                                 ("text-anchor", "middle")], text: label)
        }
        for (value, label) in zip(yTicks.values, yTicks.labels) {
            svg.element("text", [("x", n(frame.left - tickLength - 5)), ("y", n(scale.y(value) + 4.5)),
                                 ("text-anchor", "end")], text: label)
        }
        for (label, y) in rightTicks {
            svg.element("text", [("x", n(frame.right + tickLength + 5)), ("y", n(y + 4.5)),
                                 ("text-anchor", "start")], text: label)
        }
        svg.close("g")

        svg.open("g", [("class", "axis-titles"), ("font-size", "15"), ("fill", "#1a1a1a")])
        svg.element("text", [("x", n(frame.left + frame.plotWidth / 2)), ("y", n(height - 16)),
                             ("text-anchor", "middle")], text: xTitle)
        let middle = frame.top + frame.plotHeight / 2
        svg.element("text", [("x", "22"), ("y", n(middle)), ("text-anchor", "middle"),
                             ("transform", "rotate(-90 22 \(n(middle)))")], text: yTitle)
        if let secondary {
            let x = width - 18
            svg.element("text", [("x", n(x)), ("y", n(middle)), ("text-anchor", "middle"),
                                 ("transform", "rotate(90 \(n(x)) \(n(middle)))")], text: secondary.title)
        }
        svg.close("g")
    }

    /// Right-axis (label, y position) pairs: nice values of the rescaled axis that fall on it.
    private func secondaryTicks(for axis: SecondaryAxis, scale: Scale) -> [(String, Double)] {
        let low = scale.yDomain.0 * axis.scale
        let high = scale.yDomain.1 * axis.scale
        let ticks = Self.niceTicks(covering: [low, high], targetCount: 6)
        let tolerance = (high - low) * 1e-9
        return zip(ticks.values, ticks.labels)
            .filter { $0.0 >= low - tolerance && $0.0 <= high + tolerance }
            .map { ($0.1, scale.y($0.0 / axis.scale)) }
    }

    /// One row of keys centred above the plot area, where it can never hide the data.
    private func drawLegend(_ svg: inout SVGWriter, scale: Scale, data: [Point]) {
        let frame = scale.frame
        let keys: [(label: String, style: [(String, String)]?)] = [
            ("Maximum", [("stroke", Palette.maximum), ("stroke-width", "2.5")]),
            ("Minimum", [("stroke", Palette.minimum), ("stroke-width", "2.5"), ("stroke-dasharray", "7 4")]),
            ("Feasible region", nil),
        ]
        let swatch = 28.0
        let gap = 8.0
        let spacing = 30.0
        // No font metrics in SVG: 13 px sans-serif averages about 7 px per character.
        let widths = keys.map { swatch + gap + Double($0.label.count) * 7 }
        var x = frame.left + (frame.plotWidth - widths.reduce(0, +) - spacing * Double(keys.count - 1)) / 2
        let y = frame.top - 18
        svg.open("g", [("class", "legend"), ("font-size", "13"), ("fill", "#1a1a1a")])
        for (key, keyWidth) in zip(keys, widths) {
            if let style = key.style {
                svg.empty("line", [("x1", n(x)), ("y1", n(y)), ("x2", n(x + swatch)), ("y2", n(y))] + style)
            } else {
                svg.empty("rect", [("x", n(x)), ("y", n(y - 7)), ("width", n(swatch)), ("height", "14"),
                                   ("fill", Palette.region), ("fill-opacity", "0.22")])
            }
            svg.element("text", [("x", n(x + swatch + gap)), ("y", n(y + 4.5))], text: key.label)
            x += keyWidth + spacing
        }
        svg.close("g")
    }

    // MARK: - Ticks

    /// Tick values and their labels.
    public struct Ticks: Hashable, Sendable {
        /// The tick values, increasing, evenly spaced.
        public var values: [Double]
        /// Each value as printed, with as many decimals as the step needs.
        public var labels: [String]
        /// The spacing: 1, 2 or 5 × 10ⁿ.
        public var step: Double
    }

    /// Evenly spaced ticks with a step of 1, 2 or 5 × 10ⁿ, about `targetCount` intervals,
    /// from a multiple of the step at or below the smallest value to one at or above the largest.
    ///
    /// ```swift
    /// EnvelopePlot.niceTicks(covering: [0, 0.874], targetCount: 8).labels
    /// // ["0.0", "0.1", "0.2", …, "0.9"]
    /// ```
    public static func niceTicks(covering values: [Double], targetCount: Int) -> Ticks {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        if high - low <= max(abs(high), abs(low)) * 1e-12 {
            // A flat envelope (say, no production at all) still needs a readable axis.
            let pad = low == 0 ? 1 : abs(low) * 0.5
            low -= low == 0 ? 0 : pad
            high += pad
        }
        let rough = (high - low) / Double(max(1, targetCount))
        var exponent = Int(floor(log10(rough)))
        // Heckbert's rounding picks the 1-2-5 step nearest the rough one, so the tick count
        // stays close to the target instead of always falling below it.
        let residual = rough / pow(10, Double(exponent))
        var multiple = residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10
        if multiple == 10 { multiple = 1; exponent += 1 }
        // Integer multiples divided by an exact power of ten keep labels like 0.3 free of float noise.
        func value(_ index: Int) -> Double {
            exponent < 0 ? Double(index * multiple) / pow(10, Double(-exponent))
                : Double(index * multiple) * pow(10, Double(exponent))
        }
        let step = value(1)
        let first = Int(floor(low / step + 1e-9))
        let last = Int(ceil(high / step - 1e-9))
        let values = (first...max(first, last)).map(value)
        let decimals = max(0, -exponent)
        let labels = values.map { tick -> String in
            let text = String(format: "%.\(decimals)f", tick)
            return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
        }
        return Ticks(values: values, labels: labels, step: step)
    }
}

// MARK: - Geometry and output

private enum Palette {
    static let region = "#4c78a8"
    static let maximum = "#1f4e79"
    static let minimum = "#c55a11"
}

/// The plot area inside the image, leaving room for the title, tick labels and axis titles.
private struct Frame {
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double

    init(width: Double, height: Double, hasTitle: Bool, hasSecondaryAxis: Bool) {
        left = 88
        right = width - (hasSecondaryAxis ? 88 : 32)
        // Room for the title, then the legend row.
        top = hasTitle ? 84 : 44
        bottom = height - 66
    }

    var plotWidth: Double { right - left }
    var plotHeight: Double { bottom - top }
}

/// Maps data values to image coordinates (y grows downwards in SVG).
private struct Scale {
    let frame: Frame
    let xDomain: (Double, Double)
    let yDomain: (Double, Double)

    func x(_ value: Double) -> Double {
        frame.left + (value - xDomain.0) / (xDomain.1 - xDomain.0) * frame.plotWidth
    }

    func y(_ value: Double) -> Double {
        frame.bottom - (value - yDomain.0) / (yDomain.1 - yDomain.0) * frame.plotHeight
    }
}

/// Builds indented SVG text with attribute and text escaping.
private struct SVGWriter {
    var output: String
    var depth = 0

    init(declaration: Bool) {
        output = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(attributeText(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        line("<\(name)\(attributeText(attributes))/>")
    }

    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        line("<\(name)\(attributeText(attributes))>\(xmlEscaped(text))</\(name)>")
    }

    private mutating func line(_ text: String) {
        output += String(repeating: "  ", count: depth) + text + "\n"
    }

    private func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(xmlEscaped($0.1))\"" }.joined()
    }
}

/// A coordinate with at most two decimals, without trailing zeros.
private func n(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
    return String(format: "%.2f", rounded).replacingOccurrences(of: #"0$"#, with: "", options: .regularExpression)
}
