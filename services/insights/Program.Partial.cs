// Lets WebApplicationFactory<Program> in the tests see the entry point.
public partial class Program;
