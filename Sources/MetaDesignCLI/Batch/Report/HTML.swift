import Foundation
import MetaCore

/// `text` safe in HTML element content and in quoted attributes.
func html(_ text: String) -> String { xmlEscaped(text) }

/// A number for a table cell: 3 decimals for ordinary magnitudes, 3 significant digits otherwise.
func reportNumber(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    if value == 0 { return "0" }
    if value == value.rounded(), abs(value) < 1e6 { return String(Int(value)) }
    let magnitude = abs(value)
    if magnitude >= 0.001 && magnitude < 1e5 { return String(format: "%.3f", value) }
    return String(format: "%.3g", value)
}

/// A value for a `data-sort` attribute: sortable as a number by the page's script.
func sortKey(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return String(value)
}
