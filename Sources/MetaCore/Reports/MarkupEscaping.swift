/// `text` with the five XML special characters escaped, safe in XML and HTML element content
/// and in quoted attributes (SVG plots, HTML reports).
///
/// ```swift
/// xmlEscaped("a < b & \"c\"")   // "a &lt; b &amp; &quot;c&quot;"
/// ```
public func xmlEscaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&apos;"
        default: result.append(character)
        }
    }
    return result
}
