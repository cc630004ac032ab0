#pragma once

// What the user chose in View > Appearance.
enum class AppearanceMode { System, Light, Dark };

// What is painted.
enum class ColorScheme { Light, Dark };
