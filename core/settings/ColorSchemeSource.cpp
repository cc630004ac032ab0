#include "ColorSchemeSource.h"
