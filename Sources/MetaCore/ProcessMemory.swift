import CGLPKShims

/// Process-wide settings of the C allocator, for programs (not libraries) to make once at
/// start-up; `metadesign` does. See also `GLPKSolver.keepFreedMemoryForReuse()`.
public enum ProcessMemory {
    /// Backs the C heap with transparent huge pages where Linux grants them on request
    /// (glibc on Linux only; elsewhere nothing happens).
    ///
    /// Reading a genome-scale model touches tens of MiB of fresh heap, and with 4 KiB
    /// pages each first touch is a page fault: reading iML1515 made about 4,000 of them,
    /// a tenth of the reading time. The heap is extended by `reserve` bytes up front and
    /// that range marked for huge pages; pages never touched use no memory, so this
    /// reserves address space, not memory. Peak resident memory may grow by a few 2 MiB
    /// pages, and when the kernel has no free huge page at hand it compacts memory first,
    /// which can cost tens of milliseconds on a busy machine.
    ///
    /// Call after `GLPKSolver.keepFreedMemoryForReuse()`, which keeps the heap from being
    /// trimmed (and its marking lost) and raises the mmap threshold to 64 MiB, above `reserve`
    /// (a larger block would be mapped apart from the heap and mark nothing).
    public static func preferHugePages(reserve: Int = 48 << 20) {
        mdg_prefer_huge_pages(UInt(max(reserve, 0)))
    }
}
