"""The API's routes, one module per resource: documents, rankings, reference data, health."""
