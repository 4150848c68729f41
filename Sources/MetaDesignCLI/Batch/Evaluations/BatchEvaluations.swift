/// The evaluations a plan can name with `evaluation:`; the one list they are registered in.
enum BatchEvaluations {
    /// Every evaluation, the default first.
    static let all: [any BatchEvaluation] = [
        NativeProductYield(),
    ]

    /// The evaluation with id `id`.
    static func named(_ id: String) -> (any BatchEvaluation)? {
        all.first { type(of: $0).id == id }
    }
}
