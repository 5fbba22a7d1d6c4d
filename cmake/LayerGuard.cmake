# mars_forbid_links(<target> <forbidden>...)
# Fails the configure step when <target> links (directly or through one of its own link
# dependencies) any of the forbidden targets. checks/ uses it to refuse Qt Widgets and Qt Gui:
# a check that needs a widget is in the wrong layer. Headers are refused too, because a target
# that does not link Qt::Widgets has no QtWidgets include path, so `#include <QWidget>` fails
# to compile.
function(mars_forbid_links target)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(libs ${current} LINK_LIBRARIES)
        get_target_property(ilibs ${current} INTERFACE_LINK_LIBRARIES)
        foreach(lib IN LISTS libs ilibs)
            if(lib MATCHES "NOTFOUND$" OR lib STREQUAL "")
                continue()
            endif()
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
            foreach(forbidden IN LISTS ARGN)
                if(lib STREQUAL forbidden)
                    message(FATAL_ERROR
                        "Layering violation: ${target} must not link ${forbidden} (found via ${current}). "
                        "See DESIGN.md: checks/ never uses Qt Widgets or Qt Gui.")
                endif()
            endforeach()
            list(APPEND queue ${lib})
        endforeach()
    endwhile()
endfunction()
