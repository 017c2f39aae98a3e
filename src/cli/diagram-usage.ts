/** The usage line of `sts diagram`, apart from the command so `sts check` does not load the diagram engine. */
export const DIAGRAM_USAGE = 'sts diagram <files or folders...> [--view system|process|training] [--process Name] [--theme light|dark] -o out.svg';
