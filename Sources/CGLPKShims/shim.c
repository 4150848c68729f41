// GLPK reports invalid input by printing a message and calling abort(). The only
// way to survive that is its error hook plus a longjmp back to a frame that has
// no Swift code between it and GLPK, which is why these wrappers live in C.
#include "CGLPKShims.h"

#include <setjmp.h>
#if defined(__GLIBC__)
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#endif
#include <stdio.h>
#include <string.h>

#define MDG_TAIL 2048

static _Thread_local jmp_buf *mdg_jump = NULL;
static _Thread_local unsigned long mdg_generation_count = 0;
static _Thread_local int mdg_prepared = 0;
static _Thread_local char mdg_tail[MDG_TAIL];
static _Thread_local size_t mdg_tail_length = 0;

static int mdg_terminal_hook(void *info, const char *text) {
    (void)info;
    size_t length = strlen(text);
    if (length >= MDG_TAIL) {
        text += length - (MDG_TAIL - 1);
        length = MDG_TAIL - 1;
    }
    if (mdg_tail_length + length >= MDG_TAIL) {
        size_t keep = MDG_TAIL - 1 - length;
        memmove(mdg_tail, mdg_tail + (mdg_tail_length - keep), keep);
        mdg_tail_length = keep;
    }
    memcpy(mdg_tail + mdg_tail_length, text, length);
    mdg_tail_length += length;
    mdg_tail[mdg_tail_length] = '\0';
    return 1; // handled: GLPK prints nothing itself
}

static void mdg_error_hook(void *info) {
    (void)info;
    if (mdg_jump != NULL) {
        longjmp(*mdg_jump, 1);
    }
    // Not inside a guarded call: GLPK will abort; at least say why.
    fprintf(stderr, "metadesign: fatal GLPK error: %s\n", mdg_tail);
    fflush(stderr);
}

void mdg_glpk_prepare_thread(void) {
    if (mdg_prepared) return;
    glp_term_hook(mdg_terminal_hook, NULL);
    glp_error_hook(mdg_error_hook, NULL);
    mdg_prepared = 1;
}

unsigned long mdg_glpk_generation(void) { return mdg_generation_count; }

// Finds the last non-empty line ending at or before `length`; returns its start and
// sets `*line_length`.
static size_t mdg_last_line(size_t length, size_t *line_length) {
    while (length > 0 && (mdg_tail[length - 1] == '\n' || mdg_tail[length - 1] == ' ')) length--;
    size_t begin = length;
    while (begin > 0 && mdg_tail[begin - 1] != '\n') begin--;
    *line_length = length - begin;
    return begin;
}

static void mdg_copy_tail(char *message, size_t capacity) {
    if (message == NULL || capacity == 0) return;
    // GLPK prints its message and then "Error detected in file F at line N"; report
    // both, message first, as "message (Error detected in file F at line N)".
    size_t last_length;
    size_t last = mdg_last_line(mdg_tail_length, &last_length);
    static const char location[] = "Error detected in file";
    int is_location = last_length >= sizeof location - 1
                      && memcmp(mdg_tail + last, location, sizeof location - 1) == 0;
    size_t previous_length = 0;
    size_t previous = is_location ? mdg_last_line(last, &previous_length) : 0;
    if (is_location && previous_length > 0) {
        snprintf(message, capacity, "%.*s (%.*s)", (int)previous_length, mdg_tail + previous,
                 (int)last_length, mdg_tail + last);
    } else {
        snprintf(message, capacity, "%.*s", (int)last_length, mdg_tail + last);
    }
}

static void mdg_after_fatal(char *message, size_t capacity) {
    mdg_jump = NULL;
    mdg_copy_tail(message, capacity);
    glp_free_env();
    mdg_generation_count++;
    mdg_prepared = 0;
    mdg_tail_length = 0;
    mdg_tail[0] = '\0';
    mdg_glpk_prepare_thread();
}

#define MDG_GUARDED(call)                                   \
    mdg_glpk_prepare_thread();                              \
    mdg_tail_length = 0;                                    \
    mdg_tail[0] = '\0';                                     \
    jmp_buf here;                                           \
    if (setjmp(here) != 0) {                                \
        mdg_after_fatal(message, capacity);                 \
        return MDG_GLPK_FATAL;                              \
    }                                                       \
    mdg_jump = &here;                                       \
    int result = (call);                                    \
    mdg_jump = NULL;                                        \
    return result;

int mdg_guarded_simplex(glp_prob *problem, const glp_smcp *parameters,
                        char *message, size_t capacity) {
    MDG_GUARDED(glp_simplex(problem, parameters))
}

int mdg_guarded_exact(glp_prob *problem, const glp_smcp *parameters,
                      char *message, size_t capacity) {
    MDG_GUARDED(glp_exact(problem, parameters))
}

int mdg_guarded_intopt(glp_prob *problem, const glp_iocp *parameters,
                       char *message, size_t capacity) {
    MDG_GUARDED(glp_intopt(problem, parameters))
}

// Called by glp_intopt at every tree event: keeps the bound of the best active node, which
// only improves as the search proceeds, and the size of the tree.
static void mdg_mip_callback(glp_tree *tree, void *info) {
    mdg_mip_progress *progress = (mdg_mip_progress *)info;
    int active = 0, current = 0, total = 0;
    glp_ios_tree_size(tree, &active, &current, &total);
    progress->nodes = total;
    int best = glp_ios_best_node(tree);
    if (best != 0) {
        progress->best_bound = glp_ios_node_bound(tree, best);
        progress->has_bound = 1;
    }
}

static int mdg_intopt_tracked(glp_prob *problem, const glp_iocp *parameters,
                              mdg_mip_progress *progress) {
    glp_iocp copy = *parameters;
    progress->has_bound = 0;
    progress->nodes = 0;
    progress->best_bound = 0;
    copy.cb_func = mdg_mip_callback;
    copy.cb_info = progress;
    return glp_intopt(problem, &copy);
}

int mdg_guarded_intopt_tracked(glp_prob *problem, const glp_iocp *parameters,
                               mdg_mip_progress *progress, char *message, size_t capacity) {
    MDG_GUARDED(mdg_intopt_tracked(problem, parameters, progress))
}

static int mdg_load(glp_prob *problem, int count, const int rows[],
                    const int columns[], const double values[]) {
    glp_load_matrix(problem, count, rows, columns, values);
    return 0;
}

int mdg_guarded_load_matrix(glp_prob *problem, int count, const int rows[],
                            const int columns[], const double values[],
                            char *message, size_t capacity) {
    MDG_GUARDED(mdg_load(problem, count, rows, columns, values))
}

void mdg_glpk_release_thread(void) {
    glp_free_env();
    mdg_generation_count++;
    mdg_prepared = 0;
}

void mdg_keep_freed_memory(void) {
#if defined(__GLIBC__)
    // Blocks up to 64 MiB come from the heap rather than fresh mmaps, and up to 512 MiB of
    // free heap top is kept: a genome-scale LP's working set is a few MiB per thread.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
#endif
}

void mdg_prefer_huge_pages(unsigned long reserve) {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    const uintptr_t huge = 2u << 20;
    // A block below the mmap threshold comes from the heap, which grows to hold it;
    // freed, it stays there (mdg_keep_freed_memory's trim threshold) for later blocks.
    void *block = malloc(reserve);
    if (block == NULL) return;
    uintptr_t start = ((uintptr_t)block + huge - 1) & ~(huge - 1);
    uintptr_t end = (uintptr_t)sbrk(0) & ~(huge - 1);
    if (end > start) madvise((void *)start, end - start, MADV_HUGEPAGE);
    free(block);
#else
    (void)reserve;
#endif
}
