/// Each id's position in `ids`, for O(1) look-ups by id in results kept in model order
/// (a repeated id maps to its last position).
func positions(of ids: [String]) -> [String: Int] {
    var index = [String: Int](minimumCapacity: ids.count)
    for (position, id) in ids.enumerated() { index[id] = position }
    return index
}
