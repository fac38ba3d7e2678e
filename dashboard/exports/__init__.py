"""Downloads: what an export holds, the format registry, file writers, GeoJSON, data package, chart images."""
