import MetaCore

/// Placeholder, replaced below.
struct ReportData {
    init(records: [ResultRecord], manifest: JSONObject?, source: String) {}
}

/// Placeholder, replaced below.
struct HTMLReport {
    init(data: ReportData, title: String?) {}
    func render() -> String { "" }
}
