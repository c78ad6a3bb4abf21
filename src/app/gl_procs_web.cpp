#include <EGL/egl.h>
#include <GLES2/gl2.h>

#include <cstring>

// SDL's GLES2 renderer looks up every GL function it calls by name, through
// eglGetProcAddress. Emscripten's own eglGetProcAddress answers for all of WebGL's
// functions, so it links every one of them, and the script carries the JavaScript of
// about 160 where SDL calls about 60. This one answers for the names SDL asks for on the
// web (render/opengles2/SDL_gles2funcs.h, and SDL_video.c and SDL_egl.c, which query the
// context) and nothing else; those calls go to the same WebGL functions as before. Being
// defined here, it keeps the linker from pulling emscripten's from libGL.
namespace {

using Address = __eglMustCastToProperFunctionPointerType;

struct Proc {
    const char* name;
    Address address;
};

// clang-format off
#define LIMBER_GL_PROC(f) {#f, reinterpret_cast<Address>(&f)}
// clang-format on

const Proc kProcs[] = {
    LIMBER_GL_PROC(glActiveTexture),
    LIMBER_GL_PROC(glAttachShader),
    LIMBER_GL_PROC(glBindAttribLocation),
    LIMBER_GL_PROC(glBindBuffer),
    LIMBER_GL_PROC(glBindFramebuffer),
    LIMBER_GL_PROC(glBindTexture),
    LIMBER_GL_PROC(glBlendEquationSeparate),
    LIMBER_GL_PROC(glBlendFuncSeparate),
    LIMBER_GL_PROC(glBufferData),
    LIMBER_GL_PROC(glBufferSubData),
    LIMBER_GL_PROC(glCheckFramebufferStatus),
    LIMBER_GL_PROC(glClear),
    LIMBER_GL_PROC(glClearColor),
    LIMBER_GL_PROC(glCompileShader),
    LIMBER_GL_PROC(glCreateProgram),
    LIMBER_GL_PROC(glCreateShader),
    LIMBER_GL_PROC(glDeleteBuffers),
    LIMBER_GL_PROC(glDeleteFramebuffers),
    LIMBER_GL_PROC(glDeleteProgram),
    LIMBER_GL_PROC(glDeleteShader),
    LIMBER_GL_PROC(glDeleteTextures),
    LIMBER_GL_PROC(glDisable),
    LIMBER_GL_PROC(glDisableVertexAttribArray),
    LIMBER_GL_PROC(glDrawArrays),
    LIMBER_GL_PROC(glEnable),
    LIMBER_GL_PROC(glEnableVertexAttribArray),
    LIMBER_GL_PROC(glFinish),
    LIMBER_GL_PROC(glFramebufferTexture2D),
    LIMBER_GL_PROC(glGenBuffers),
    LIMBER_GL_PROC(glGenFramebuffers),
    LIMBER_GL_PROC(glGenTextures),
    LIMBER_GL_PROC(glGetAttribLocation),
    LIMBER_GL_PROC(glGetError),
    LIMBER_GL_PROC(glGetFramebufferAttachmentParameteriv),
    LIMBER_GL_PROC(glGetIntegerv),
    LIMBER_GL_PROC(glGetProgramInfoLog),
    LIMBER_GL_PROC(glGetProgramiv),
    LIMBER_GL_PROC(glGetShaderInfoLog),
    LIMBER_GL_PROC(glGetShaderiv),
    LIMBER_GL_PROC(glGetString),
    LIMBER_GL_PROC(glGetUniformLocation),
    LIMBER_GL_PROC(glLinkProgram),
    LIMBER_GL_PROC(glPixelStorei),
    LIMBER_GL_PROC(glReadPixels),
    LIMBER_GL_PROC(glScissor),
    LIMBER_GL_PROC(glShaderBinary),
    LIMBER_GL_PROC(glShaderSource),
    LIMBER_GL_PROC(glTexImage2D),
    LIMBER_GL_PROC(glTexParameteri),
    LIMBER_GL_PROC(glTexSubImage2D),
    LIMBER_GL_PROC(glUniform1i),
    LIMBER_GL_PROC(glUniform4f),
    LIMBER_GL_PROC(glUniformMatrix4fv),
    LIMBER_GL_PROC(glUseProgram),
    LIMBER_GL_PROC(glVertexAttribPointer),
    LIMBER_GL_PROC(glViewport),
};

#undef LIMBER_GL_PROC

}  // namespace

Address eglGetProcAddress(const char* name) {
    for (const Proc& p : kProcs) {
        if (std::strcmp(p.name, name) == 0) return p.address;
    }
    return nullptr;
}
