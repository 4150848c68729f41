/// The contents of one pathway file: a product and the alternative routes to it.
public struct PathwayFile: Sendable, Hashable {
    /// The path the file was read from (as given), or a label for text read from elsewhere.
    public var path: String
    /// The product every route in the file makes.
    public var product: PathwayMetabolite
    /// The routes, in file order.
    public var pathways: [Pathway]

    /// A file's contents from its parts.
    public init(path: String, product: PathwayMetabolite, pathways: [Pathway]) {
        self.path = path
        self.product = product
        self.pathways = pathways
    }
}
