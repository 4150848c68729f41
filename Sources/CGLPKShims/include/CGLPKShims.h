#ifndef METADESIGN_CGLPKSHIMS_H
#define METADESIGN_CGLPKSHIMS_H

#include <glpk.h>
#include <stddef.h>

/// Returned by the guarded calls when GLPK raised a fatal error instead of returning.
/// The thread's GLPK environment has then been freed: every problem created on this
/// thread before the call is gone and must not be touched again.
#define MDG_GLPK_FATAL (-1)

/// Installs this thread's terminal and error hooks (idempotent). GLPK's chatter is
/// captured into a per-thread buffer instead of stdout; a fatal error outside a
/// guarded call still reaches stderr before GLPK aborts.
void mdg_glpk_prepare_thread(void);

/// Counts the fatal errors contained on this thread. A problem created under an
/// older generation was freed by `glp_free_env()` and is dead.
unsigned long mdg_glpk_generation(void);

/// `glp_simplex` with GLPK's fatal errors turned into `MDG_GLPK_FATAL`; GLPK's error
/// message is copied into `message` (NUL-terminated, truncated to `capacity`) as
/// "glp_…: what went wrong (Error detected in file F at line N)".
int mdg_guarded_simplex(glp_prob *problem, const glp_smcp *parameters,
                        char *message, size_t capacity);

/// `glp_exact`, guarded like `mdg_guarded_simplex`.
int mdg_guarded_exact(glp_prob *problem, const glp_smcp *parameters,
                      char *message, size_t capacity);

/// `glp_intopt`, guarded like `mdg_guarded_simplex`.
int mdg_guarded_intopt(glp_prob *problem, const glp_iocp *parameters,
                       char *message, size_t capacity);

/// What `mdg_guarded_intopt_tracked` observed of the branch-and-bound tree.
typedef struct {
    /// The bound of the best active node when the search last reported (valid when has_bound).
    double best_bound;
    /// Whether best_bound was ever recorded.
    int has_bound;
    /// Nodes created so far (active + explored), as `glp_ios_tree_size` counts them.
    int nodes;
} mdg_mip_progress;

/// `glp_intopt`, guarded like `mdg_guarded_simplex`, with a callback that records the
/// best bound and node count into `progress` (any `cb_func` in `parameters` is replaced).
int mdg_guarded_intopt_tracked(glp_prob *problem, const glp_iocp *parameters,
                               mdg_mip_progress *progress, char *message, size_t capacity);

/// `glp_load_matrix`, guarded like `mdg_guarded_simplex`; returns 0 on success.
int mdg_guarded_load_matrix(glp_prob *problem, int count, const int rows[],
                            const int columns[], const double values[],
                            char *message, size_t capacity);

/// Frees this thread's GLPK environment (call before a worker thread exits) and
/// bumps the generation, as a contained fatal error does.
void mdg_glpk_release_thread(void);

/// Tells the C allocator to keep freed memory for reuse instead of returning it to the
/// system (glibc only; a no-op elsewhere). Every glp_simplex call allocates and frees its
/// working arrays; with glibc's defaults the freed heap top is trimmed and re-grown on
/// each call, and the page faults cost ~15% of a warm re-solve. Process-wide: only a
/// program (not a library) should call it, once, before solving.
void mdg_keep_freed_memory(void);

/// Asks Linux to back the C heap with transparent huge pages (2 MiB) where the system
/// allows them on request (`/sys/kernel/mm/transparent_hugepage/enabled` = madvise or
/// always; elsewhere a no-op). Reading a genome-scale model touches tens of MiB of fresh
/// heap; with 4 KiB pages each first touch is a page fault, which cost about a tenth of
/// the reading time. The heap is extended by `reserve` bytes up front (address space
/// only: untouched pages use no memory; `reserve` must be below the allocator's mmap
/// threshold, 64 MiB after mdg_keep_freed_memory) and that range is marked.
/// Process-wide, like mdg_keep_freed_memory, and to be called after it.
void mdg_prefer_huge_pages(unsigned long reserve);

#endif
